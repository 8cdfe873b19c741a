import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey, MessageParams } from '../../../core/i18n/catalog';
import { intlLocaleOf } from '../../../core/i18n/intl-locale';
import { directionOf } from './locale';

/** The tab's keys of the one message catalog; the service sends their texts. */
export type TabKey = Extract<MessageKey, `tab.${string}`>;

/** Looks up a text and fills its ICU arguments, choosing plural forms by the counts. */
export type T = (key: TabKey, params?: MessageParams) => string;

/** The texts of one language as `GET /api/i18n/:lang` returns them: ICU messages. */
export interface Texts {
  language: string;
  texts: Partial<Record<string, string>>;
}

/**
 * The tab's texts for a language of `tabLanguageOf`: those the service wrote into the page when
 * they are that language's (no round trip), else fetched (the service falls back to English).
 */
export async function loadTexts(language: string): Promise<Texts> {
  const inline = inlineTexts();
  if (inline?.language === language) return inline;
  const response = await fetch(`/api/i18n/${encodeURIComponent(language)}`);
  if (!response.ok) throw new Error(`texts: HTTP ${response.status}`);
  return (await response.json()) as Texts;
}

/** The texts the service embedded in the page (`<script type="application/json" id="tab-texts">`). */
function inlineTexts(): Texts | undefined {
  const element = document.getElementById('tab-texts');
  if (!element?.textContent) return undefined;
  try {
    const parsed = JSON.parse(element.textContent) as Partial<Texts>;
    if (typeof parsed.language !== 'string' || typeof parsed.texts !== 'object') return undefined;
    return { language: parsed.language, texts: parsed.texts ?? {} };
  } catch {
    return undefined;
  }
}

/** First-strong isolate ... pop directional isolate: the text form of `<bdi>`. */
const FSI = '\u2068';
const PDI = '\u2069';
/** Right-to-left and left-to-right isolates: a span in a direction given, not guessed. */
const RLI = '\u2067';
const LRI = '\u2066';
/** A value holding isolates is a text we composed, e.g. "Name (Organization)". */
const ISOLATE_OPENER = /[\u2066-\u2068]/;
/** Hebrew, Arabic, Syriac, Thaana and their presentation forms: strong right-to-left letters. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A `T` over loaded texts; a missing key shows itself, so a gap is visible rather than blank.
 * Numbers are written for `language`, and counts choose its plural forms. Entered text (names,
 * organizations) is isolated where directions mix, so an English organization inside an Arabic
 * sentence keeps its own order; Latin text in a left-to-right language is left as is. Each
 * message is compiled once, at its first use.
 */
export function translator(texts: Texts['texts'], language: string): T {
  const numbers = new Intl.NumberFormat(intlLocaleOf(language));
  const rtl = directionOf(language) === 'rtl';
  const compiled = new Map<string, IntlMessageFormat | null>();
  const message = (key: string, text: string) => {
    if (!compiled.has(key)) {
      let format: IntlMessageFormat | null = null;
      try {
        format = new IntlMessageFormat(text, language, undefined, { ignoreTag: true });
      } catch {
        // A text that does not parse is shown as it is; the catalog specs keep this from shipping.
      }
      compiled.set(key, format);
    }
    return compiled.get(key) ?? null;
  };
  const fill = (value: string | number) => {
    if (typeof value === 'number') return numbers.format(value);
    // A composed text has no strong letter outside its own isolates, which a first-strong
    // isolate skips, so it would be laid out left to right inside Arabic ("(Org) Name"
    // reversed): it is isolated in the reader's direction instead.
    if (ISOLATE_OPENER.test(value)) return `${rtl ? RLI : LRI}${value}${PDI}`;
    return rtl || RTL_LETTER.test(value) ? `${FSI}${value}${PDI}` : value;
  };
  return (key, params) => {
    const text = texts[key] ?? key;
    const format = message(key, text);
    if (!format) return text;
    const values: Record<string, string | number> = {};
    for (const name of argumentsOf(format)) {
      const value = params?.[name];
      values[name] =
        value === undefined ? `{${name}}` : counts(format).has(name) ? value : fill(value);
    }
    return String(format.format(values));
  };
}

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** The arguments of a message, and those that are counts (plural), remembered per message. */
const ARGUMENTS = new WeakMap<IntlMessageFormat, { all: Set<string>; counts: Set<string> }>();

function argumentsOf(format: IntlMessageFormat): Set<string> {
  return namesOf(format).all;
}

function counts(format: IntlMessageFormat): Set<string> {
  return namesOf(format).counts;
}

function namesOf(format: IntlMessageFormat) {
  let names = ARGUMENTS.get(format);
  if (!names) {
    names = { all: new Set(), counts: new Set() };
    const visit = (elements: readonly Element[]) => {
      for (const el of elements) {
        // 0 is literal text and 7 the `#` of a plural: neither names a value.
        if (el.type !== 0 && el.type !== 7) names!.all.add(el.value);
        if (el.type === 6) names!.counts.add(el.value);
        if ('options' in el) Object.values(el.options).forEach((o) => visit(o.value));
      }
    };
    visit(format.getAst());
    ARGUMENTS.set(format, names);
  }
  return names;
}
