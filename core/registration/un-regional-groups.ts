/**
 * The five regional groups of the United Nations, by which the chair balances a list of
 * speakers. A State's group comes from its ISO 3166-1 alpha-2 code; observers (the Holy See,
 * the State of Palestine) and territories belong to none.
 */
export type UnRegionalGroup =
  | 'african'
  | 'asiaPacific'
  | 'easternEuropean'
  | 'latinAmericanCaribbean'
  | 'westernEuropeanOthers';

export const UN_REGIONAL_GROUPS: readonly UnRegionalGroup[] = [
  'african',
  'asiaPacific',
  'easternEuropean',
  'latinAmericanCaribbean',
  'westernEuropeanOthers',
];

/**
 * Members of each group as the UN lists them for electoral purposes. Türkiye sits with the
 * Western European and others group for elections; the United States, a member of none,
 * is counted with it as the UN does for elections; Kiribati joined Asia-Pacific in 2010.
 */
// prettier-ignore
const MEMBERS: Record<UnRegionalGroup, readonly string[]> = {
  african: [
    'AO', 'BF', 'BI', 'BJ', 'BW', 'CD', 'CF', 'CG', 'CI', 'CM', 'CV', 'DJ', 'DZ', 'EG',
    'ER', 'ET', 'GA', 'GH', 'GM', 'GN', 'GQ', 'GW', 'KE', 'KM', 'LR', 'LS', 'LY', 'MA',
    'MG', 'ML', 'MR', 'MU', 'MW', 'MZ', 'NA', 'NE', 'NG', 'RW', 'SC', 'SD', 'SL', 'SN',
    'SO', 'SS', 'ST', 'SZ', 'TD', 'TG', 'TN', 'TZ', 'UG', 'ZA', 'ZM', 'ZW',
  ],
  asiaPacific: [
    'AE', 'AF', 'BD', 'BH', 'BN', 'BT', 'CN', 'CY', 'FJ', 'FM', 'ID', 'IN', 'IQ', 'IR',
    'JO', 'JP', 'KG', 'KH', 'KI', 'KP', 'KR', 'KW', 'KZ', 'LA', 'LB', 'LK', 'MH', 'MM',
    'MN', 'MV', 'MY', 'NP', 'NR', 'OM', 'PG', 'PH', 'PK', 'PW', 'QA', 'SA', 'SB', 'SG',
    'SY', 'TH', 'TJ', 'TL', 'TM', 'TO', 'TV', 'UZ', 'VN', 'VU', 'WS', 'YE',
  ],
  easternEuropean: [
    'AL', 'AM', 'AZ', 'BA', 'BG', 'BY', 'CZ', 'EE', 'GE', 'HR', 'HU', 'LT', 'LV', 'MD',
    'ME', 'MK', 'PL', 'RO', 'RS', 'RU', 'SI', 'SK', 'UA',
  ],
  latinAmericanCaribbean: [
    'AG', 'AR', 'BB', 'BO', 'BR', 'BS', 'BZ', 'CL', 'CO', 'CR', 'CU', 'DM', 'DO', 'EC',
    'GD', 'GT', 'GY', 'HN', 'HT', 'JM', 'KN', 'LC', 'MX', 'NI', 'PA', 'PE', 'PY', 'SR',
    'SV', 'TT', 'UY', 'VC', 'VE',
  ],
  westernEuropeanOthers: [
    'AD', 'AT', 'AU', 'BE', 'CA', 'CH', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'GR', 'IE',
    'IL', 'IS', 'IT', 'LI', 'LU', 'MC', 'MT', 'NL', 'NO', 'NZ', 'PT', 'SE', 'SM', 'TR',
    'US',
  ],
};

const GROUP_OF: ReadonlyMap<string, UnRegionalGroup> = new Map(
  UN_REGIONAL_GROUPS.flatMap((group) => MEMBERS[group].map((code) => [code, group] as const)),
);

/** The regional group of a country (ISO alpha-2, upper case), or null for a non-member. */
export function unRegionalGroup(countryCode: string): UnRegionalGroup | null {
  return GROUP_OF.get(countryCode) ?? null;
}
