import { z } from 'zod';
import { UN_LANGUAGES, type UnLanguage } from '../i18n/catalog';
import type { EventTexts } from './event-language';
import type { FieldError } from './field-error';
import { text } from './schema-parts';

/** A text of an event file: a plain string, or a map by language code ({"en": ..., "fr": ...}). */
export const localized = (max: number) =>
  z.union([text(max), z.partialRecord(z.enum(UN_LANGUAGES), text(max))]);

type Localized = string | Partial<Record<UnLanguage, string>>;

interface LocalizedEvent {
  language?: UnLanguage | undefined;
  title: Localized;
  topic: Localized;
  privacyNotice: Localized;
  guidingQuestions: Array<{ id: string; text: Localized; shortTitle?: Localized | undefined }>;
  programme: Array<{ id: string; title: Localized }>;
  stakeholderCategories: Array<{ id: string; label: Localized }>;
}

/** The parsed event with each text in the event's own language, and the other languages apart. */
export type SplitEvent<E extends LocalizedEvent> = Omit<
  E,
  'title' | 'topic' | 'privacyNotice' | 'guidingQuestions' | 'programme' | 'stakeholderCategories'
> & {
  language: UnLanguage;
  translations?: Partial<Record<UnLanguage, EventTexts>>;
  title: string;
  topic: string;
  privacyNotice: string;
  guidingQuestions: Array<
    Omit<E['guidingQuestions'][number], 'text' | 'shortTitle'> & {
      text: string;
      shortTitle?: string;
    }
  >;
  programme: Array<Omit<E['programme'][number], 'title'> & { title: string }>;
  stakeholderCategories: Array<{ id: string; label: string }>;
};

/**
 * Splits the texts given per language: the event's own language (English by default) must be
 * in every map, since it is what other languages fall back to.
 */
export function splitLanguages<E extends LocalizedEvent>(
  event: E,
): { value: SplitEvent<E>; errors: FieldError[] } {
  const language = event.language ?? 'en';
  const errors: FieldError[] = [];
  const translations: Partial<Record<UnLanguage, EventTexts>> = {};
  const into = (lang: UnLanguage) => (translations[lang] ??= {});
  const own = (field: string, value: Localized, put: (texts: EventTexts, s: string) => void) => {
    if (typeof value === 'string') return value;
    for (const [lang, s] of Object.entries(value) as Array<[UnLanguage, string]>)
      if (lang !== language) put(into(lang), s);
    if (value[language] === undefined)
      errors.push({ field: `${field}.${language}`, key: 'field.required' });
    return value[language] ?? '';
  };
  const value = {
    ...event,
    language,
    title: own('title', event.title, (x, s) => (x.title = s)),
    topic: own('topic', event.topic, (x, s) => (x.topic = s)),
    privacyNotice: own('privacyNotice', event.privacyNotice, (x, s) => (x.privacyNotice = s)),
    guidingQuestions: event.guidingQuestions.map((q, i) => ({
      ...q,
      text: own(
        `guidingQuestions.${i}.text`,
        q.text,
        (x, s) => ((x.guidingQuestions ??= {})[q.id] = s),
      ),
      ...(q.shortTitle === undefined
        ? {}
        : {
            shortTitle: own(
              `guidingQuestions.${i}.shortTitle`,
              q.shortTitle,
              (x, s) => ((x.guidingQuestionShortTitles ??= {})[q.id] = s),
            ),
          }),
    })),
    programme: event.programme.map((p, i) => ({
      ...p,
      title: own(`programme.${i}.title`, p.title, (x, s) => ((x.programme ??= {})[p.id] = s)),
    })),
    stakeholderCategories: event.stakeholderCategories.map((c, i) => ({
      ...c,
      label: own(`stakeholderCategories.${i}.label`, c.label, (x, s) => {
        (x.stakeholderCategories ??= {})[c.id] = s;
      }),
    })),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  } as SplitEvent<E>;
  return { value, errors };
}
