import { UN_LANGUAGES, catalogTexts } from './catalog';
import { EN } from './messages';
import { PSEUDO_LOCALE, pseudoOf } from './pseudo';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
