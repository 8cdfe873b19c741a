import { LRUCache } from 'lru-cache';
import { PSEUDO_LOCALE } from './pseudo';

/** The UN's official languages; a text missing in a language falls back to English. */
export const UN_LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];
/** A UN language, or the pseudo-locale the tests run in. */
export type Language = UnLanguage | typeof PSEUDO_LOCALE;

/** The languages written right to left. */
const RTL: ReadonlySet<Language> = new Set<Language>(['ar']);

/** Longer tags are not locales; a client sending one gets English rather than an error. */
const MAX_TAG = 35;

/**
 * Maps a Teams locale such as "fr-FR" to the nearest UN language. Unknown, malformed or
 * absurdly long tags ("xx", "ar-", 300 characters) give English, never an error.
 */
export function languageOf(locale: string | undefined): Language {
  if (!locale || locale.length > MAX_TAG) return 'en';
  // Every turn asks, and canonicalising a tag is not free: remember the few tags seen.
  const known = RESOLVED.get(locale);
  if (known) return known;
  const language = resolve(locale);
  RESOLVED.set(locale, language);
  return language;
}

/** Tags seen: a few dozen in practice; 1000 lets odd client tags pass without evicting them. */
const RESOLVED = new LRUCache<string, Language>({ max: 1_000 });

function resolve(locale: string): Language {
  let canonical: string;
  try {
    [canonical = 'en'] = Intl.getCanonicalLocales(locale.replace(/_/g, '-'));
  } catch {
    return 'en';
  }
  if (canonical.toLowerCase() === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const base = canonical.split('-')[0]!.toLowerCase();
  return isUnLanguage(base) ? base : 'en';
}

/** True for one of the six codes, exactly (as a `language fr` command names it). */
export function isUnLanguage(code: string): code is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(code);
}

/** True when `language` is written right to left (Arabic). */
export function isRightToLeft(language: Language): boolean {
  return RTL.has(language);
}

/** The locale for dates, numbers and plural forms: the pseudo-locale formats as English. */
export function formatLocaleOf(language: Language): UnLanguage {
  return language === PSEUDO_LOCALE ? 'en' : language;
}

/**
 * `{locale}` as Teams writes it into a tab's URL and substitutes (`en-us`) when it loads the
 * tab; a page opened elsewhere (websiteUrl, a copied link, an old client) keeps the braces and
 * then says nothing about the language, so the header decides.
 */
export function isUrlPlaceholder(value: string): boolean {
  return value.startsWith('{') && value.endsWith('}');
}
