import {
  isRightToLeft,
  isUrlPlaceholder,
  languageOf,
  type Language,
} from '../../../core/i18n/languages';

/**
 * The tab's language for a Teams `app.locale` or a `?lang=`: one of the UN's six (or the
 * pseudo-locale of the tests); anything unknown or malformed (`xx`, `ar-`, 300 characters)
 * is English, by the same rule as the bot's.
 */
export function tabLanguageOf(locale: string | null | undefined): Language {
  return languageOf(locale ?? undefined);
}

/** The direction of the root and of Fluent UI's provider: right to left for Arabic. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return isRightToLeft(tabLanguageOf(language)) ? 'rtl' : 'ltr';
}

/**
 * The language a page's URL asks for (`?lang=`, which Teams fills from `{locale}`), else the
 * browser's: a `{locale}` Teams did not substitute says nothing.
 */
export function askedLocale(search: URLSearchParams): string {
  const asked = search.get('lang');
  return asked && !isUrlPlaceholder(asked) ? asked : navigator.language;
}
