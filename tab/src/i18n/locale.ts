import { UN_LANGUAGES } from '../../../core/i18n/catalog';

/** The pseudo-locale of the browser tests: accented, longer and bracketed English. */
export const PSEUDO_LOCALE = 'qps-ploc';

/** A BCP 47 tag as Teams and browsers send them ("ar", "zh-CN", "es-419"), of a sane length. */
const LOCALE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const MAX_TAG_LENGTH = 35;

/**
 * The tab's language for a Teams `app.locale` or a `?lang=`: one of the UN's six (or the
 * pseudo-locale); anything unknown or malformed (`xx`, `ar-`, 300 characters) is English.
 */
export function tabLanguageOf(locale: string | null | undefined): string {
  if (!locale || locale.length > MAX_TAG_LENGTH || !LOCALE_TAG.test(locale)) return 'en';
  if (locale.toLowerCase() === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const base = (locale.split('-')[0] ?? '').toLowerCase();
  return (UN_LANGUAGES as readonly string[]).includes(base) ? base : 'en';
}

/** Right-to-left languages among the UN's six. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
