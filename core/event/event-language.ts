import type { Translate, UnLanguage } from '../i18n/catalog';
import { languageName } from '../i18n/language-names';
import type { EventDefinition } from './event';

/** An event's texts in one more language; what is absent falls back to the event's own. */
export interface EventTexts {
  title?: string;
  topic?: string;
  privacyNotice?: string;
  /** Guiding question texts by question id. */
  guidingQuestions?: Record<string, string>;
  /** Guiding questions' short titles by question id. */
  guidingQuestionShortTitles?: Record<string, string>;
  /** Programme session titles by session id. */
  programme?: Record<string, string>;
  /** Stakeholder category labels by category id. */
  stakeholderCategories?: Record<string, string>;
}

const cache = new WeakMap<EventDefinition, Map<string, EventDefinition>>();

/**
 * The event as a reader of `t.language` sees it: its texts in that language where the file
 * gives them, else in the event's own language marked as such, e.g. "Title (in English)".
 */
export function eventIn(event: EventDefinition, t: Translate): EventDefinition {
  const own: UnLanguage = event.language ?? 'en';
  if (t.language === own) return event;
  const byLanguage = cache.get(event) ?? new Map<string, EventDefinition>();
  cache.set(event, byLanguage);
  let shown = byLanguage.get(t.language);
  if (!shown) {
    shown = translated(event, own, t);
    byLanguage.set(t.language, shown);
  }
  return shown;
}

function translated(event: EventDefinition, own: UnLanguage, t: Translate): EventDefinition {
  const texts: EventTexts =
    t.language === 'qps-ploc' ? {} : (event.translations?.[t.language] ?? {});
  const language = languageName(own, t.language);
  const pick = (text: string | undefined, original: string) =>
    text ?? t('language.inLanguage', { text: original, language });
  return {
    ...event,
    title: pick(texts.title, event.title),
    topic: pick(texts.topic, event.topic),
    privacyNotice: pick(texts.privacyNotice, event.privacyNotice),
    guidingQuestions: event.guidingQuestions.map(({ shortTitle: _own, ...q }) => {
      // A short title not given in the reader's language gives way to "Question 2" in it.
      const shortTitle = texts.guidingQuestionShortTitles?.[q.id];
      return {
        ...q,
        text: pick(texts.guidingQuestions?.[q.id], q.text),
        ...(shortTitle === undefined ? {} : { shortTitle }),
      };
    }),
    programme: event.programme.map((s) => ({
      ...s,
      title: pick(texts.programme?.[s.id], s.title),
    })),
    stakeholderCategories: event.stakeholderCategories.map((c) => ({
      ...c,
      label: pick(texts.stakeholderCategories?.[c.id], c.label),
    })),
  };
}

/** The texts `eventIn` shows in the event's own language to a reader of another language. */
export interface UntranslatedTexts {
  /** The event's language: the `lang` those texts carry inside the reader's page. */
  language: UnLanguage;
  title?: string;
  /** Guiding question texts by question id. */
  guidingQuestions: Record<string, string>;
  /** Stakeholder category labels by category id. */
  stakeholderCategories: Record<string, string>;
}

/**
 * Which of the event's texts a reader of `language` gets in the event's own language (the
 * file gives no translation), so a page can mark them with their `lang` (WCAG 3.1.2) and a
 * screen reader reads them with the right voice. `undefined` when the reader shares the
 * event's language; the pseudo-locale is shown every text untranslated.
 */
export function untranslatedTexts(
  event: EventDefinition,
  language: string,
): UntranslatedTexts | undefined {
  const own: UnLanguage = event.language ?? 'en';
  if (language === own) return undefined;
  const texts: EventTexts =
    language === 'qps-ploc' ? {} : (event.translations?.[language as UnLanguage] ?? {});
  const missing = <T extends { id: string }>(
    items: T[],
    given: Record<string, string> | undefined,
    text: (item: T) => string,
  ) => Object.fromEntries(items.filter((i) => !given?.[i.id]).map((i) => [i.id, text(i)]));
  return {
    language: own,
    ...(texts.title ? {} : { title: event.title }),
    guidingQuestions: missing(event.guidingQuestions, texts.guidingQuestions, (q) => q.text),
    stakeholderCategories: missing(
      event.stakeholderCategories,
      texts.stakeholderCategories,
      (c) => c.label,
    ),
  };
}
