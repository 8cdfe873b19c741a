import { UN_LANGUAGES, catalogTexts, translate } from './catalog';
import { EN } from './messages';
import { PSEUDO_LOCALE, pseudoOf } from './pseudo';
import { parse } from '@formatjs/icu-messageformat-parser';
import { argumentNames } from './icu';

/** The values an ICU message uses, plural and select arguments included. */
const placeholders = (text: string) => [...argumentNames(parse(text, { ignoreTag: true }))].sort();

/** Every difference between a language's catalog and English, as readable lines. */
function differences(texts: Readonly<Record<string, string>>): string[] {
  const found: string[] = [];
  for (const key of Object.keys(EN) as Array<keyof typeof EN>) {
    const text = texts[key];
    if (text === undefined) found.push(`missing ${key}`);
    else if (placeholders(text).join() !== placeholders(EN[key]).join())
      found.push(
        `${key}: {${placeholders(text).join('} {')}} instead of {${placeholders(EN[key]).join('} {')}}`,
      );
  }
  for (const key of Object.keys(texts)) if (!(key in EN)) found.push(`extra ${key}`);
  return found;
}

describe('the six catalogs', () => {
  it.each(UN_LANGUAGES)(
    '%s has exactly the English keys, each with the same placeholders',
    (language) => {
      const found = differences(catalogTexts(language));
      expect(found.slice(0, 20)).toEqual([]);
    },
  );

  it('reports a missing key, an extra key and a changed placeholder', () => {
    const broken = { ...EN, 'extra.key': 'x', 'field.tooLong': 'Under {limit}.' } as Record<
      string,
      string
    >;
    delete broken['field.required'];
    expect(differences(broken)).toEqual([
      'missing field.required',
      'field.tooLong: {limit} instead of {max}',
      'extra extra.key',
    ]);
  });
});

describe(`the pseudo-locale ${PSEUDO_LOCALE}`, () => {
  it('accents only the text of a plural message, keeping its ICU syntax', () => {
    const text = pseudoOf("{count, plural, one {# registration's} other {# registrations}} left");
    expect(text).toMatch(
      /^\[\{count,plural,one\{# řéĝíšţřáţíöñ''š\} other\{# řéĝíšţřáţíöñš\}\} ļéƒţ ·+\]$/,
    );
    expect(translate(PSEUDO_LOCALE, 'outbox.chair.conflict', { count: 1 })).toMatch(
      /^\[1 řéĝíšţřáţíöñ ç/,
    );
  });

  it('accents, lengthens by about 40% and brackets each text, keeping its placeholders', () => {
    const pseudo = Object.fromEntries(Object.entries(EN).map(([k, v]) => [k, pseudoOf(v)]));
    expect(differences(pseudo)).toEqual([]);
    const text = pseudoOf('Please keep this under {max} characters.');
    expect(text).toMatch(/^\[Þļéášé ķééþ ţĥíš üñďéř \{max\} çĥářáçţéřš\. ·+\]$/);
    expect(text.length).toBeGreaterThanOrEqual(
      'Please keep this under {max} characters.'.length * 1.3,
    );
  });
});
