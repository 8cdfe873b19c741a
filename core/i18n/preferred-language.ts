import { UN_LANGUAGES, languageOf, type UnLanguage } from './catalog';

/**
 * The language a public page answers in: `?lang=` when it names one of the offered
 * languages, else the first offered one of the Accept-Language header by its q-values,
 * else English. Pure, so pages and feeds of any request choose alike.
 */
export function preferredLanguage(
  query: string | undefined,
  acceptLanguage: string | undefined,
  offered: readonly UnLanguage[] = UN_LANGUAGES,
): UnLanguage {
  const asked = query?.trim().toLowerCase();
  if (asked && (offered as readonly string[]).includes(asked)) return asked as UnLanguage;
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { range: range.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.range !== '' && r.range !== '*' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { range } of ranges) {
    const language = languageOf(range);
    if (range.startsWith(language) && offered.includes(language)) return language;
  }
  return 'en';
}

/** Writing direction of a UN language: Arabic is right to left. */
export function directionOfLanguage(language: UnLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
