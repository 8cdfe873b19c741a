import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { UN_LANGUAGES, catalogTexts, translate, type MessageKey } from './catalog';
import { EN } from './messages';
import { argumentNames } from './icu';

/** The counts every plural rule of the six languages tells apart between them. */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 101];

/** Each plural argument of a message with the categories it writes. */
function plurals(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const visit = (elements: readonly MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.plural) {
        const known = found.get(el.value) ?? new Set<string>();
        Object.keys(el.options).forEach((k) => known.add(k));
        found.set(el.value, known);
      }
      if (el.type === TYPE.plural || el.type === TYPE.select)
        Object.values(el.options).forEach((o) => visit(o.value));
    }
  };
  visit(parse(text, { ignoreTag: true }));
  return found;
}

/** The English messages with a count: those with a plural argument. */
const COUNTED = (Object.keys(EN) as MessageKey[]).filter((key) => plurals(EN[key]).size > 0);

describe('messages with a count', () => {
  it('are the ones whose English puts a number before a noun', () => {
    expect(COUNTED.length).toBeGreaterThanOrEqual(30);
    expect(COUNTED).toEqual(
      expect.arrayContaining(['outbox.chair.conflict', 'field.tooLong', 'tab.reg.summary']),
    );
  });

  it.each(UN_LANGUAGES)('%s writes every plural category it has in each of them', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const key of COUNTED) {
      const written = plurals(catalogTexts(language)[key] ?? '');
      for (const argument of plurals(EN[key]).keys()) {
        const forms = written.get(argument) ?? new Set<string>();
        const absent = categories.filter((c) => !forms.has(c));
        if (absent.length) missing.push(`${key} {${argument}}: ${absent.join(' ')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(UN_LANGUAGES)(
    '%s renders each of them for 0 to 101 with no value left open',
    (language) => {
      for (const key of COUNTED)
        for (const n of COUNTS) {
          const names = argumentNames(parse(EN[key], { ignoreTag: true }));
          const params = Object.fromEntries([...names].map((a) => [a, n]));
          expect(translate(language, key, params)).not.toMatch(/[{}#]|NaN/);
        }
    },
  );

  it('reads "1 registration" in English, and "2 registrations"', () => {
    expect(translate('en', 'outbox.chair.conflict', { count: 1 })).toBe(
      '1 registration changed meanwhile and was left as it is; try again.',
    );
    expect(translate('en', 'outbox.chair.conflict', { count: 2 })).toMatch(/^2 registrations /);
    expect(translate('en', 'field.tooLong', { max: 1 })).toBe(
      'Please keep this under 1 character.',
    );
  });

  it('chooses the Russian and Arabic forms by the number', () => {
    const ru = (max: number) => translate('ru', 'field.tooLong', { max });
    expect([1, 2, 5, 11, 21, 101].map(ru)).toEqual(
      ['1 символ', '2 символа', '5 символов', '11 символов', '21 символ', '101 символ'].map(
        (n) => `Максимальная длина — ${n}.`,
      ),
    );
    const ar = (max: number) => translate('ar', 'field.tooLong', { max });
    expect(ar(2)).toContain('حرفين');
    expect(ar(3)).toContain('\u20683\u2069 أحرف');
    expect(ar(11)).toContain('\u206811\u2069 حرفًا');
    expect(ar(100)).toContain('\u2068100\u2069 حرف');
  });
});
