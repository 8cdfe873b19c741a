import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { UN_LANGUAGES } from './catalog';
import { argumentNames } from './icu';

const DIR = path.join(__dirname, 'messages');

/** Every catalog file as it is on disk: language, file, key, ICU text. */
function entries(): Array<[string, string, string, string]> {
  return UN_LANGUAGES.flatMap((language) =>
    // The catalog files; each folder's index.ts only merges them.
    readdirSync(path.join(DIR, language))
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => {
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

/**
 * The counts whose `other` branch shows the number (`#`): a translation must show it there too,
 * since `other` is the branch for any count a language has no word for.
 */
function countsShown(ast: readonly MessageFormatElement[]): Set<string> {
  const names = new Set<string>();
  const visit = (elements: readonly MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.plural) {
        const other = el.options.other?.value ?? [];
        if (other.some((o) => o.type === TYPE.pound)) names.add(el.value);
      }
      if ('options' in el) for (const option of Object.values(el.options)) visit(option.value);
      if (el.type === TYPE.tag) visit(el.children);
    }
  };
  visit(ast);
  return names;
}

/**
 * Messages that do not parse as ICU, use a value English does not give, drop one English gives,
 * or do not show a count where English does, as readable lines.
 */
function brokenMessages(all: ReadonlyArray<readonly [string, string, string, string]>): string[] {
  const english = new Map(all.filter(([l]) => l === 'en').map(([, , key, text]) => [key, text]));
  const found: string[] = [];
  for (const [language, file, key, text] of all) {
    // ICU reads '{ as the start of quoted text: the value would silently not be filled.
    if (/(^|[^'])'[{}]/.test(text))
      found.push(`${language}/${file} ${key}: ' before a brace quotes it; write ’ or ''`);
    try {
      const ast = parse(text, { ignoreTag: true });
      const names = argumentNames(ast);
      const reference = english.get(key);
      if (reference === undefined) continue;
      const englishAst = parse(reference, { ignoreTag: true });
      const given = argumentNames(englishAst);
      for (const name of names)
        if (!given.has(name)) found.push(`${language}/${file} ${key}: {${name}} is not in English`);
      for (const name of given)
        if (!names.has(name)) found.push(`${language}/${file} ${key}: {${name}} is missing`);
      const shown = countsShown(ast);
      for (const name of countsShown(englishAst))
        if (names.has(name) && !shown.has(name))
          found.push(`${language}/${file} ${key}: {${name}} other branch does not show #`);
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

  it('names the file and key of a broken message, a placeholder English lacks or has and a count not shown', () => {
    const all: Array<[string, string, string, string]> = [
      ['en', 'common.json', 'a', 'Under {max} characters.'],
      ['fr', 'common.json', 'a', 'Moins de {max caractères.'],
      ['en', 'common.json', 'b', '{count, plural, one {# item} other {# items}}'],
      ['ru', 'common.json', 'b', '{count, plural, one {# {total}} other {#}}'],
      ['en', 'common.json', 'c', '{name} is here.'],
      ['fr', 'common.json', 'c', "Voici l'{name}' ici."],
      ['en', 'meeting.json', 'd', 'At most {max, plural, one {# attendee} other {# attendees}}.'],
      ['es', 'meeting.json', 'd', 'Como máximo unos asistentes.'],
      ['ar', 'meeting.json', 'd', 'أكثر من {max, plural, one {حاضر واحد} other {حاضرين}}.'],
      ['ru', 'meeting.json', 'd', 'Не более {max, plural, one {# участника} other {# участника}}.'],
    ];
    expect(brokenMessages(all)).toEqual([
      'fr/common.json a: MALFORMED_ARGUMENT',
      'ru/common.json b: {total} is not in English',
      "fr/common.json c: ' before a brace quotes it; write ’ or ''",
      'fr/common.json c: {name} is missing',
      'es/meeting.json d: {max} is missing',
      'ar/meeting.json d: {max} other branch does not show #',
    ]);
  });
});
