import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { UN_LANGUAGES } from './catalog';
import { argumentNames } from './icu';

const DIR = path.join(__dirname, 'messages');

/** Every catalog file as it is on disk: language, file, key, ICU text. */
function entries(): Array<[string, string, string, string]> {
  return UN_LANGUAGES.flatMap((language) =>
    readdirSync(path.join(DIR, language)).flatMap((file) => {
      const texts = JSON.parse(readFileSync(path.join(DIR, language, file), 'utf8')) as Record<
        string,
        string
      >;
      return Object.entries(texts).map(([key, text]): [string, string, string, string] => [
        language,
        file,
        key,
        text,
      ]);
    }),
  );
}

/** Messages that do not parse as ICU, or use a value English does not give, as readable lines. */
function brokenMessages(all: ReadonlyArray<readonly [string, string, string, string]>): string[] {
  const english = new Map(all.filter(([l]) => l === 'en').map(([, , key, text]) => [key, text]));
  const found: string[] = [];
  for (const [language, file, key, text] of all) {
    // ICU reads '{ as the start of quoted text: the value would silently not be filled.
    if (/(^|[^'])'[{}]/.test(text))
      found.push(`${language}/${file} ${key}: ' before a brace quotes it; write ’ or ''`);
    try {
      const names = argumentNames(parse(text, { ignoreTag: true }));
      const reference = english.get(key);
      if (reference === undefined) continue;
      const given = argumentNames(parse(reference, { ignoreTag: true }));
      for (const name of names)
        if (!given.has(name)) found.push(`${language}/${file} ${key}: {${name}} is not in English`);
    } catch (error) {
      found.push(`${language}/${file} ${key}: ${(error as Error).message}`);
    }
  }
  return found;
}

describe('the catalog files', () => {
  it('hold only ICU messages that parse, each using only values the English gives', () => {
    expect(brokenMessages(entries())).toEqual([]);
  });

  it('names the file and key of a broken message and of a placeholder English lacks', () => {
    const all: Array<[string, string, string, string]> = [
      ['en', 'common.json', 'a', 'Under {max} characters.'],
      ['fr', 'common.json', 'a', 'Moins de {max caractères.'],
      ['en', 'common.json', 'b', '{count, plural, one {# item} other {# items}}'],
      ['ru', 'common.json', 'b', '{count, plural, one {# {total}} other {#}}'],
      ['en', 'common.json', 'c', '{name} is here.'],
      ['fr', 'common.json', 'c', "Voici l'{name}' ici."],
    ];
    expect(brokenMessages(all)).toEqual([
      'fr/common.json a: MALFORMED_ARGUMENT',
      'ru/common.json b: {total} is not in English',
      "fr/common.json c: ' before a brace quotes it; write ’ or ''",
    ]);
  });
});
