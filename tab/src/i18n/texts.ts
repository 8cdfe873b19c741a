import type { MessageKey, MessageParams } from '../../../core/i18n/catalog';

/** The tab's keys of the one message catalog; the service sends their texts. */
export type TabKey = Extract<MessageKey, `tab.${string}`>;

/** Looks up a text and fills its `{name}` placeholders. */
export type T = (key: TabKey, params?: MessageParams) => string;

/** The texts of one language as `GET /api/i18n/:lang` returns them. */
export interface Texts {
  language: string;
  texts: Partial<Record<string, string>>;
}

/** Fetches the tab's texts for a Teams locale such as "fr-FR" (the service falls back to English). */
export async function loadTexts(locale: string): Promise<Texts> {
  const lang = locale.slice(0, 2).toLowerCase() || 'en';
  const response = await fetch(`/api/i18n/${encodeURIComponent(lang)}`);
  if (!response.ok) throw new Error(`texts: HTTP ${response.status}`);
  return (await response.json()) as Texts;
}

/** A `T` over loaded texts; a missing key shows itself, so a gap is visible rather than blank. */
export function translator(texts: Texts['texts']): T {
  return (key, params) => {
    const text = texts[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Right-to-left languages among the UN's six. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
