import {
  expandedRegistrationForm,
  registrationFormCard,
} from '../../bot/registration/registration-form-card';
import type { MessageKey, MessageParams, Translate } from '../../core/i18n/catalog';
import { dialogue, formView, t } from './card-fixtures';
import { input } from './card-nodes';

const prefilled = () =>
  formView({
    values: {
      ...formView().values,
      givenName: 'Amina',
      familyName: 'Diallo',
      email: 'amina@example.org',
    },
  });

describe('registration form filled into its per-event skeleton', () => {
  it.each([
    ['a blank form', formView({ values: { ...formView().values, email: '', country: '' } })],
    ['a prefilled form', prefilled()],
    [
      'a form whose deadline reads the same in both zones',
      formView({ deadline: { event: 'x', user: 'x' } }),
    ],
    [
      'an edit form',
      formView({ origin: { mode: 'edit', formId: 'f2', registrationId: 'r1', baseVersion: 3 } }),
    ],
    ['an event without guiding questions', formView({ questions: [] })],
    ['a French reader', formView({ locale: 'fr-FR' })],
  ])('when %s is shown twice, then both equal the card expanded from the template', (_, view) => {
    const expected = expandedRegistrationForm(view, t);
    expect(registrationFormCard(view, t)).toStrictEqual(expected);
    expect(registrationFormCard(view, t)).toStrictEqual(expected);
  });

  it('when two people open the same form, then each card carries only its own values and form id', () => {
    const first = registrationFormCard(prefilled(), t);
    const second = registrationFormCard(
      formView({ origin: { mode: 'create', formId: 'other' } }),
      t,
    );
    expect(input(first, 'givenName').value).toBe('Amina');
    expect(input(second, 'givenName').value).toBe('');
    expect(JSON.stringify(second)).toContain('"formId":"other"');
    expect(JSON.stringify(second)).not.toContain('form-7f3c');
  });

  it('when the event changes (new choices, new title), then the next form shows the change', () => {
    registrationFormCard(formView(), t);
    const categories = [...dialogue.stakeholderCategories, { id: 'youth', label: 'Youth' }];
    const changed = registrationFormCard(formView({ categories, eventTitle: 'Renamed' }), t);
    expect(changed).toStrictEqual(
      expandedRegistrationForm(formView({ categories, eventTitle: 'Renamed' }), t),
    );
    expect(JSON.stringify(input(changed, 'category').choices)).toContain('Youth');
  });

  it('when the labels come in another language for the same locale, then the skeleton is rebuilt', () => {
    const english = registrationFormCard(formView({ locale: 'fr-FR' }), t);
    const french: Translate = Object.assign(
      (key: MessageKey, params?: MessageParams) => `FR ${t(key, params)}`,
      { language: t.language },
    );
    const card = registrationFormCard(formView({ locale: 'fr-FR' }), french);
    expect(card).toStrictEqual(expandedRegistrationForm(formView({ locale: 'fr-FR' }), french));
    expect(input(card, 'givenName').label).toMatch(/^FR /);
    expect(english).toStrictEqual(expandedRegistrationForm(formView({ locale: 'fr-FR' }), t));
  });

  it('when a caller builds on the card, then the shared country list cannot be changed', () => {
    const card = registrationFormCard(formView(), t);
    const countries = input(card, 'country').choices as unknown[];
    expect(() => countries.push({ title: 'Atlantis', value: 'AT' })).toThrow(TypeError);
    const extended = { ...card, body: [...(card.body as unknown[]), { type: 'TextBlock' }] };
    expect(extended.body).toHaveLength((card.body as unknown[]).length + 1);
    expect(registrationFormCard(formView(), t)).toStrictEqual(
      expandedRegistrationForm(formView(), t),
    );
  });
});
