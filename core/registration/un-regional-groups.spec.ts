import { COUNTRY_CODES, isCountryCode } from './countries';
import { UN_REGIONAL_GROUPS, unRegionalGroup } from './un-regional-groups';

/** The 193 Member States of the United Nations, written out apart from the table under test. */
// prettier-ignore
const UN_MEMBER_STATES = [
  'AF', 'AL', 'DZ', 'AD', 'AO', 'AG', 'AR', 'AM', 'AU', 'AT', 'AZ', 'BS', 'BH', 'BD',
  'BB', 'BY', 'BE', 'BZ', 'BJ', 'BT', 'BO', 'BA', 'BW', 'BR', 'BN', 'BG', 'BF', 'BI',
  'CV', 'KH', 'CM', 'CA', 'CF', 'TD', 'CL', 'CN', 'CO', 'KM', 'CG', 'CR', 'CI', 'HR',
  'CU', 'CY', 'CZ', 'KP', 'CD', 'DK', 'DJ', 'DM', 'DO', 'EC', 'EG', 'SV', 'GQ', 'ER',
  'EE', 'SZ', 'ET', 'FJ', 'FI', 'FR', 'GA', 'GM', 'GE', 'DE', 'GH', 'GR', 'GD', 'GT',
  'GN', 'GW', 'GY', 'HT', 'HN', 'HU', 'IS', 'IN', 'ID', 'IR', 'IQ', 'IE', 'IL', 'IT',
  'JM', 'JP', 'JO', 'KZ', 'KE', 'KI', 'KW', 'KG', 'LA', 'LV', 'LB', 'LS', 'LR', 'LY',
  'LI', 'LT', 'LU', 'MG', 'MW', 'MY', 'MV', 'ML', 'MT', 'MH', 'MR', 'MU', 'MX', 'FM',
  'MC', 'MN', 'ME', 'MA', 'MZ', 'MM', 'NA', 'NR', 'NP', 'NL', 'NZ', 'NI', 'NE', 'NG',
  'MK', 'NO', 'OM', 'PK', 'PW', 'PA', 'PG', 'PY', 'PE', 'PH', 'PL', 'PT', 'QA', 'KR',
  'MD', 'RO', 'RU', 'RW', 'KN', 'LC', 'VC', 'WS', 'SM', 'ST', 'SA', 'SN', 'RS', 'SC',
  'SL', 'SG', 'SK', 'SI', 'SB', 'SO', 'ZA', 'SS', 'ES', 'LK', 'SD', 'SR', 'SE', 'CH',
  'SY', 'TJ', 'TH', 'TL', 'TG', 'TO', 'TT', 'TN', 'TR', 'TM', 'TV', 'UG', 'UA', 'AE',
  'GB', 'TZ', 'US', 'UY', 'UZ', 'VU', 'VE', 'VN', 'YE', 'ZM', 'ZW',
];

describe('unRegionalGroup', () => {
  it('lists 193 distinct Member States, each an assigned country code', () => {
    expect(new Set(UN_MEMBER_STATES).size).toBe(193);
    expect(UN_MEMBER_STATES.filter((code) => !isCountryCode(code))).toEqual([]);
  });

  it('places every Member State in exactly one regional group', () => {
    expect(UN_MEMBER_STATES.filter((code) => unRegionalGroup(code) === null)).toEqual([]);
  });

  it('counts the members of each group as the UN does (the United States with WEOG)', () => {
    const counts = Object.fromEntries(UN_REGIONAL_GROUPS.map((g) => [g, 0]));
    for (const code of UN_MEMBER_STATES) counts[unRegionalGroup(code) ?? 'none']! += 1;
    expect(counts).toEqual({
      african: 54,
      asiaPacific: 54,
      easternEuropean: 23,
      latinAmericanCaribbean: 33,
      westernEuropeanOthers: 29,
    });
  });

  it('names the group of a few States by their code', () => {
    expect(unRegionalGroup('SN')).toBe('african');
    expect(unRegionalGroup('JP')).toBe('asiaPacific');
    expect(unRegionalGroup('PL')).toBe('easternEuropean');
    expect(unRegionalGroup('BR')).toBe('latinAmericanCaribbean');
    expect(unRegionalGroup('DE')).toBe('westernEuropeanOthers');
  });

  it('gives observers, territories and unknown codes no group', () => {
    for (const code of ['VA', 'PS', 'TW', 'HK', 'GL', 'PR', 'ZZ', '', 'sn']) {
      expect(unRegionalGroup(code)).toBeNull();
    }
  });

  it('holds only Member States: nothing outside the list has a group', () => {
    const members = new Set(UN_MEMBER_STATES);
    const grouped = COUNTRY_CODES.filter((code) => unRegionalGroup(code) !== null);
    expect(grouped.filter((code) => !members.has(code))).toEqual([]);
    expect(grouped).toHaveLength(193);
  });
});
