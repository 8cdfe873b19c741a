import { countryName } from '../registration/countries';

/**
 * A State's name for a reader in `locale`: the UN's short name in English, ICU's (CLDR) name in
 * the other five languages (decision 022).
 */
export function unStateName(code: string, locale: string | undefined): string {
  return countryName(code, locale ?? 'en');
}

/**
 * The State's name in English as the UN writes it, for what many readers share and that is kept
 * as text: the protocol's invitation CSV and a State's entry in a meeting's speaking queue.
 */
export function unStateNameEn(code: string): string {
  return unStateName(code, 'en');
}
