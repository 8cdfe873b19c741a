import { isRightToLeft, languageOf } from '../i18n/languages';

/** A shown text cut around the part of it in another language. */
export interface ForeignPart {
  before: string;
  part: string;
  after: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * Finds `original` (a text in `lang`) inside `shown` (the reader's sentence that quotes it,
 * e.g. "Title (in English)" in Arabic), so the quoted part can carry its own `lang` and `dir`.
 * `undefined` when it is not there (a translation was shown instead).
 */
export function foreignPart(
  shown: string,
  original: string,
  lang: string,
): ForeignPart | undefined {
  const at = original ? shown.indexOf(original) : -1;
  if (at < 0) return undefined;
  return {
    before: shown.slice(0, at),
    part: original,
    after: shown.slice(at + original.length),
    lang,
    dir: isRightToLeft(languageOf(lang)) ? 'rtl' : 'ltr',
  };
}

/** `shown` as HTML, its quoted part in `<span lang dir>`; `escape` makes text safe for HTML. */
export function foreignPartHtml(
  shown: string,
  original: string | undefined,
  lang: string | undefined,
  escape: (text: string) => string,
): string {
  const found = original && lang ? foreignPart(shown, original, lang) : undefined;
  if (!found) return escape(shown);
  return `${escape(found.before)}<span lang="${found.lang}" dir="${found.dir}">${escape(found.part)}</span>${escape(found.after)}`;
}
