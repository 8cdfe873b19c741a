import { countryName } from '../registration/countries';

/**
 * English names the UN uses where ICU's everyday names differ ("Holy See", not "Vatican
 * City"): invitation lists go to protocol, where the official short name is expected.
 */
const UN_NAMES_EN: Readonly<Record<string, string>> = {
  AG: 'Antigua and Barbuda',
  BA: 'Bosnia and Herzegovina',
  BN: 'Brunei Darussalam',
  BO: 'Bolivia (Plurinational State of)',
  CD: 'Democratic Republic of the Congo',
  CG: 'Congo',
  CI: "Côte d'Ivoire",
  CV: 'Cabo Verde',
  FM: 'Micronesia (Federated States of)',
  GB: 'United Kingdom of Great Britain and Northern Ireland',
  IR: 'Iran (Islamic Republic of)',
  KN: 'Saint Kitts and Nevis',
  KP: "Democratic People's Republic of Korea",
  KR: 'Republic of Korea',
  LA: "Lao People's Democratic Republic",
  LC: 'Saint Lucia',
  MD: 'Republic of Moldova',
  MM: 'Myanmar',
  NL: 'Netherlands (Kingdom of the)',
  PS: 'State of Palestine',
  RU: 'Russian Federation',
  ST: 'Sao Tome and Principe',
  SY: 'Syrian Arab Republic',
  TT: 'Trinidad and Tobago',
  TZ: 'United Republic of Tanzania',
  US: 'United States of America',
  VA: 'Holy See',
  VC: 'Saint Vincent and the Grenadines',
  VE: 'Venezuela (Bolivarian Republic of)',
  VN: 'Viet Nam',
};

/** The State's name in English as the UN writes it. */
export function unStateNameEn(code: string): string {
  return UN_NAMES_EN[code] ?? countryName(code, 'en');
}
