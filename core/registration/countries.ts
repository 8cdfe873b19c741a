import { LRUCache } from 'lru-cache';
import { unShortName } from './un-short-names';

/**
 * ISO 3166-1 alpha-2 codes of the countries and territories currently assigned (249),
 * the values of the registration card's country choice. Names come from ICU, per locale,
 * with the UN's short names of States where ICU's differ (decision 022).
 * Kept one letter per line (hence prettier-ignore) so the list is easy to check by eye.
 */
// prettier-ignore
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW',
  'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ',
  'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU',
  'CV', 'CW', 'CX', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR',
  'GS', 'GT', 'GU', 'GW', 'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ',
  'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO',
  'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV',
  'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
] as const;

export type CountryCode = (typeof COUNTRY_CODES)[number];

const CODES: ReadonlySet<string> = new Set(COUNTRY_CODES);

/** True for an assigned alpha-2 code in upper case, as the card submits it. */
export function isCountryCode(code: string): code is CountryCode {
  return CODES.has(code);
}

/** Locales arrive from clients: 32 covers every real one in use, odd tags cannot grow it. */
const LOCALES_KEPT = 32;

const namers = new LRUCache<string, Intl.DisplayNames>({ max: LOCALES_KEPT });

function namer(locale: string): Intl.DisplayNames {
  let found = namers.get(locale);
  if (found) return found;
  try {
    found = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  } catch {
    // A malformed locale tag from a client must not break the card; English is the reference.
    found = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  }
  namers.set(locale, found);
  return found;
}

/**
 * The country's name in `locale`, e.g. countryName('SN', 'fr') === 'Sénégal'; for a State the
 * UN's short name where it differs from ICU's ('KR' is "Republic of Korea", not "South Korea").
 */
export function countryName(code: string, locale: string): string {
  if (!isCountryCode(code)) return code;
  const names = namer(locale);
  const language = names.resolvedOptions().locale.split('-')[0] ?? 'en';
  return unShortName(code, language) ?? names.of(code) ?? code;
}

/** Every country as a choice, sorted by its name in `locale`. */
export function countryChoices(locale: string): Array<{ code: CountryCode; name: string }> {
  const cached = choicesByLocale.get(locale);
  if (cached) return cached;
  const collator = new Intl.Collator(namer(locale).resolvedOptions().locale);
  const choices = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort(
    (a, b) => collator.compare(a.name, b.name),
  );
  // Every registration form shows the list: sort it once per locale, not once per card.
  choicesByLocale.set(locale, choices);
  return choices;
}

const choicesByLocale = new LRUCache<string, Array<{ code: CountryCode; name: string }>>({
  max: LOCALES_KEPT,
});
