import { EN } from './messages-en';
import { FR } from './messages-fr';
import { AR } from './messages-ar';
import { ES } from './messages-es';
import { ZH } from './messages-zh';
import { RU } from './messages-ru';

/**
 * The one message catalog. Every string a person reads goes through `translate`; each of the
 * UN's six official languages has its texts in a `messages-<lang>.ts` beside `messages-en.ts`.
 */
export type MessageKey = keyof typeof EN;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The UN's official languages; a text missing in a language falls back to English. */
export const UN_LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

const CATALOGS: Record<UnLanguage, Partial<Record<MessageKey, string>>> = {
  en: EN,
  fr: FR,
  es: ES,
  ar: AR,
  zh: ZH,
  ru: RU,
};

/** Maps a Teams locale such as "fr-FR" to the nearest UN language, English by default. */
export function languageOf(locale: string | undefined): UnLanguage {
  const base = (locale ?? 'en').slice(0, 2).toLowerCase();
  return (UN_LANGUAGES as readonly string[]).includes(base) ? (base as UnLanguage) : 'en';
}

/** The text for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(
  locale: string | undefined,
  key: MessageKey,
  params?: MessageParams,
): string {
  const text = CATALOGS[languageOf(locale)][key] ?? EN[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A `translate` bound to one locale, for a turn or a command-line run. */
export function translatorFor(locale: string | undefined): Translate {
  return (key, params) => translate(locale, key, params);
}
