/**
 * The five UN regional groups of Member States, keyed by ISO 3166-1 alpha-2 country code
 * (the registration form's country). A country in none of them (an observer State, a
 * territory) counts as `other`. Source: the UN Department for General Assembly and
 * Conference Management's list of regional groups of Member States.
 */
export type RegionalGroup =
  'african' | 'asiaPacific' | 'easternEuropean' | 'grulac' | 'weog' | 'other';

export const REGIONAL_GROUPS: readonly RegionalGroup[] = [
  'african',
  'asiaPacific',
  'easternEuropean',
  'grulac',
  'weog',
  'other',
];

const MEMBERS: Record<Exclude<RegionalGroup, 'other'>, string> = {
  african:
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW',
  asiaPacific:
    'AF BH BD BT BN KH CN CY FJ IN ID IR IQ JP JO KZ KI KW KG LA LB MY MV MH FM MN MM NR NP KP OM PK PW PG PH QA KR WS SA SG SB LK SY TJ TH TL TO TM TV AE UZ VU VN YE',
  easternEuropean: 'AL AM AZ BY BA BG HR CZ EE GE HU LV LT ME MD PL RO RU RS SK SI MK UA',
  grulac:
    'AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT UY VE',
  weog: 'AD AT BE CA DK FI FR DE GR IS IE IL IT LI LU MT MC NL NZ NO PT SM ES SE CH TR GB AU US',
};

const BY_COUNTRY = new Map<string, RegionalGroup>(
  Object.entries(MEMBERS).flatMap(([group, codes]) =>
    codes.split(' ').map((code) => [code, group as RegionalGroup] as const),
  ),
);

/** The regional group of a country code; `other` when it belongs to none. */
export function regionalGroupOf(country: string): RegionalGroup {
  return BY_COUNTRY.get(country.trim().toUpperCase()) ?? 'other';
}
