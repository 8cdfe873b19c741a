import { LRUCache } from 'lru-cache';
import { EN } from './messages-en';
import { FR } from './messages-fr';
import { AR } from './messages-ar';
import { ES } from './messages-es';
import { ZH } from './messages-zh';
import { RU } from './messages-ru';
import { PSEUDO_LOCALE, pseudoOf } from './pseudo';
import { containedBidi } from '../text/contained-bidi';

/**
 * The one message catalog. Every string a person reads goes through `translate`; each of the
 * UN's six official languages has its texts in a `messages-<lang>.ts` beside `messages-en.ts`.
 */
export type MessageKey = keyof typeof EN;
export type MessageParams = Record<string, string | number>;

/** Texts of one language, bound: `t(key, params)`; `t.language` says which language. */
export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  readonly language: Language;
}

/** The UN's official languages; a text missing in a language falls back to English. */
export const UN_LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];
/** A UN language, or the pseudo-locale the tests run in. */
export type Language = UnLanguage | typeof PSEUDO_LOCALE;

const CATALOGS: Record<UnLanguage, Partial<Record<MessageKey, string>>> = {
  en: EN,
  fr: FR,
  es: ES,
  ar: AR,
  zh: ZH,
  ru: RU,
};

/** One language's written texts as they stand, for the completeness test. */
export function catalogTexts(language: UnLanguage): Readonly<Record<string, string>> {
  return CATALOGS[language];
}

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

/** The locale for dates and numbers: the pseudo-locale formats as English. */
export function formatLocaleOf(language: Language): UnLanguage {
  return language === PSEUDO_LOCALE ? 'en' : language;
}

/**
 * The text for `key` in `locale`, with `{name}` placeholders filled from `params`. In a
 * right-to-left language each value is isolated (U+2068 ... U+2069), so a Latin name or a
 * number inside Arabic text keeps its place and order. In every language a value's own
 * direction overrides are shown as `<U+202E>`, so a quoted name cannot reorder the sentence.
 */
export function translate(
  locale: string | undefined,
  key: MessageKey,
  params?: MessageParams,
): string {
  return translateIn(languageOf(locale), key, params);
}

function translateIn(language: Language, key: MessageKey, params?: MessageParams): string {
  const text =
    language === PSEUDO_LOCALE ? pseudoOf(EN[key]) : (CATALOGS[language][key] ?? EN[key]);
  if (!params) return text;
  const isolate = isRightToLeft(language);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = containedBidi(String(params[name]));
    return isolate ? `\u2068${value}\u2069` : value;
  });
}

/** A `translate` bound to one locale, for a turn or a command-line run. */
export function translatorFor(locale: string | undefined): Translate {
  const language = languageOf(locale);
  return Object.assign(
    (key: MessageKey, params?: MessageParams) => translateIn(language, key, params),
    {
      language,
    },
  );
}
