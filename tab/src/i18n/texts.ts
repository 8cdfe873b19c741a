import type { MessageKey, MessageParams } from '../../../core/i18n/catalog';
import { intlLocaleOf } from '../../../core/i18n/intl-locale';
import { directionOf } from './locale';

/** The tab's keys of the one message catalog; the service sends their texts. */
export type TabKey = Extract<MessageKey, `tab.${string}`>;

/** Looks up a text and fills its `{name}` placeholders. */
export type T = (key: TabKey, params?: MessageParams) => string;

/** The texts of one language as `GET /api/i18n/:lang` returns them. */
export interface Texts {
  language: string;
  texts: Partial<Record<string, string>>;
}

/** Fetches the tab's texts for a language of `tabLanguageOf` (the service falls back to English). */
export async function loadTexts(language: string): Promise<Texts> {
  const response = await fetch(`/api/i18n/${encodeURIComponent(language)}`);
  if (!response.ok) throw new Error(`texts: HTTP ${response.status}`);
  return (await response.json()) as Texts;
}

/** First-strong isolate ... pop directional isolate: the text form of `<bdi>`. */
const FSI = '\u2068';
const PDI = '\u2069';
/** Hebrew, Arabic, Syriac, Thaana and their presentation forms: strong right-to-left letters. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A `T` over loaded texts; a missing key shows itself, so a gap is visible rather than blank.
 * Numbers are written for `language`. Entered text (names, organizations) is isolated where
 * directions mix, so an English organization inside an Arabic sentence keeps its own order;
 * Latin text in a left-to-right language is left as is.
 */
export function translator(texts: Texts['texts'], language: string): T {
  const numbers = new Intl.NumberFormat(intlLocaleOf(language));
  const rtl = directionOf(language) === 'rtl';
  const fill = (value: string | number) => {
    if (typeof value === 'number') return numbers.format(value);
    return rtl || RTL_LETTER.test(value) ? `${FSI}${value}${PDI}` : value;
  };
  return (key, params) => {
    const text = texts[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? fill(params[name] as string | number) : whole,
    );
  };
}
