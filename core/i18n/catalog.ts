import { EN, TRANSLATIONS } from './messages';
import { PSEUDO_LOCALE, pseudoOf } from './pseudo';
import { compileMessage, type CompiledMessage } from './icu';
import {
  formatLocaleOf,
  isRightToLeft,
  languageOf,
  type Language,
  type UnLanguage,
} from './languages';
import { containedBidi } from '../text/contained-bidi';

export {
  UN_LANGUAGES,
  formatLocaleOf,
  isRightToLeft,
  isUnLanguage,
  languageOf,
  type Language,
  type UnLanguage,
} from './languages';

/**
 * The one message catalog. Every string a person reads goes through `translate`. Texts are ICU
 * messages (decision 024) in core/i18n/messages/<lang>/<area>.json; the English files are the
 * reference and their keys the `MessageKey` type, so a misspelt key does not compile.
 */
export type MessageKey = keyof typeof EN;
/** Counts are numbers (plural forms choose by them); everything else a string. */
export type MessageParams = Record<string, string | number>;

/** Texts of one language, bound: `t(key, params)`; `t.language` says which language. */
export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  readonly language: Language;
}

/** One language's written texts as they stand (ICU source), for the checks and the tab. */
export function catalogTexts(language: UnLanguage): Readonly<Record<string, string>> {
  return language === 'en' ? EN : TRANSLATIONS[language];
}

/** The ICU source of `key` in `language`: English where a language lacks it. */
export function messageSource(language: Language, key: MessageKey): string {
  if (language === PSEUDO_LOCALE) return pseudoOf(EN[key]);
  return (language === 'en' ? undefined : TRANSLATIONS[language][key]) ?? EN[key];
}

/** Each message is parsed once per language, at its first use; 781 keys x 7 languages at most. */
const COMPILED = new Map<string, CompiledMessage>();

function compiled(language: Language, key: MessageKey): CompiledMessage {
  const id = `${language}\u0000${key}`;
  let message = COMPILED.get(id);
  if (!message) {
    const source = messageSource(language, key);
    message = compileMessage(source, formatLocaleOf(language), isRightToLeft(language));
    COMPILED.set(id, message);
  }
  return message;
}

/**
 * The text for `key` in `locale`, its ICU arguments filled from `params` and its plural forms
 * chosen by the counts. In a right-to-left language each value is isolated (U+2068 ... U+2069),
 * so a Latin name or a number inside Arabic text keeps its place and order. In every language a
 * value's own direction overrides are shown as `<U+202E>`, so a quoted name cannot reorder the
 * sentence. A value not given stays visible as `{name}`.
 */
export function translate(
  locale: string | undefined,
  key: MessageKey,
  params?: MessageParams,
): string {
  return translateIn(languageOf(locale), key, params);
}

function translateIn(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const values: MessageParams = {};
  const rtl = isRightToLeft(language);
  for (const [name, value] of Object.entries(params))
    values[name] = typeof value === 'string' ? composedIn(rtl, containedBidi(value)) : value;
  return compiled(language, key).format(values);
}

/** Isolate openers: a value holding one is a text we composed, e.g. "Name (Organization)". */
const ISOLATE_OPENER = /[\u2066-\u2068]/;

/**
 * A composed value in a right-to-left text, isolated right to left (U+2067): the first-strong
 * isolate put around every value skips the isolates inside it, so "⁨Name⁩ (⁨UNICEF⁩)", with no
 * letter of its own outside them, would otherwise be laid out left to right.
 */
function composedIn(rtl: boolean, value: string): string {
  return rtl && ISOLATE_OPENER.test(value) ? `\u2067${value}\u2069` : value;
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
