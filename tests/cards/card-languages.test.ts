/** @jest-environment jsdom */
import { UN_LANGUAGES, translatorFor } from '../../core/i18n/catalog';
import { countryChoices } from '../../core/registration/countries';
import { languageChoices } from '../../core/i18n/language-names';
import { PSEUDO_LOCALE } from '../../core/i18n/pseudo';
import { bypassingTexts, visibleTexts } from '../support/pseudo-check';
import { dialogue, formView, registrationView } from './card-fixtures';
import { sampleCards, roundtable } from './card-samples';
import { cardProblems, render } from './card-validation';

const cases = UN_LANGUAGES.flatMap((language) =>
  sampleCards(translatorFor(language)).map(([name, build]) => [language, name, build] as const),
);

describe.each(cases)('in %s, the %s card', (language, _name, build) => {
  it('parses and validates as Adaptive Cards 1.5, right to left exactly in Arabic', () => {
    const card = build();
    expect(cardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(card.rtl).toBe(language === 'ar' ? true : undefined);
    expect(render(card).element).toBeInstanceOf(HTMLElement);
  });
});

describe(`every card template in the pseudo-locale ${PSEUDO_LOCALE}`, () => {
  // The samples show the seed events' own texts and a person's typed values: data, not catalog.
  const view = registrationView();
  const eventTexts = [dialogue, roundtable].flatMap((e) => [
    e.title,
    e.topic,
    e.privacyNotice,
    ...e.guidingQuestions.map((q) => q.text),
    ...e.guidingQuestions.map((q, i) => `${i + 1}. ${q.text}`),
    ...e.stakeholderCategories.map((c) => c.label),
    ...(e.breakoutGroups ?? []).map((g) => g.title),
  ]);
  const data = [
    ...eventTexts,
    ...Object.values(view).filter((v): v is string => typeof v === 'string'),
    ...Object.values(formView().values).filter((v): v is string => typeof v === 'string'),
    ...countryChoices('en').map((c) => c.name),
    ...languageChoices().map((c) => c.name),
    'Statement of Digital Rights Coalition.pdf',
    'Digital Rights Coalition × Senegal',
    'Yes',
    // Typed by the person, or an id shown for a category the event no longer has.
    'Amina Diallo',
    'Cyber Peace Coalition',
    'Open Net Africa',
    'retired-category',
    // The samples' own lines, passed in as already-translated text.
    'Changes were possible until Monday, 26 February 2024, 12:00 EST.',
    'Registration has closed',
    'Registration closed on Monday, 26 February 2024, 12:00 EST.',
    'Nothing was changed.',
  ];

  it.each(sampleCards(translatorFor(PSEUDO_LOCALE)))(
    '%s shows only catalog texts and data',
    (_n, build) => {
      expect(bypassingTexts(visibleTexts(build()), data)).toEqual([]);
    },
  );
});
