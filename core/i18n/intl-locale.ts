import { formatLocaleOf, languageOf } from './languages';

/**
 * The tag every Intl formatter (dates, numbers, lists, region names) is given for a reader's
 * locale: their UN language with Western digits 0-9 in every language, Arabic included, as the
 * UN's Arabic documents write them (decision 022). `ar` alone gives Western digits on current ICU
 * but `ar-SA` or an older browser gives ٠-٩; the `-u-nu-latn` extension makes it one rule.
 */
export function intlLocaleOf(locale: string | undefined): string {
  return `${formatLocaleOf(languageOf(locale))}-u-nu-latn`;
}
