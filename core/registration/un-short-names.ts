type Names = Readonly<Record<string, string>>;

/**
 * The UN's English short names where ICU's everyday names differ ("Holy See", not "Vatican
 * City"), as the UN Terminology Database gives them; listed and explained in decision 022.
 * Türkiye is here although current ICU agrees: older ICU (and browsers) still say "Turkey".
 */
const EN: Names = {
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
  TR: 'Türkiye',
  TT: 'Trinidad and Tobago',
  TZ: 'United Republic of Tanzania',
  US: 'United States of America',
  VA: 'Holy See',
  VC: 'Saint Vincent and the Grenadines',
  VE: 'Venezuela (Bolivarian Republic of)',
  VN: 'Viet Nam',
};

/**
 * In the other five languages ICU's names stand, except where ICU names something else than the
 * State the UN seats: a territory for the State of Palestine, the city for the Holy See, the
 * informal North/South names of the two Koreas, the capitals that tell the two Congos apart.
 */
const FR: Names = {
  CD: 'République démocratique du Congo',
  CG: 'Congo',
  KP: 'République populaire démocratique de Corée',
  KR: 'République de Corée',
  PS: 'État de Palestine',
  VA: 'Saint-Siège',
};
const ES: Names = {
  KP: 'República Popular Democrática de Corea',
  KR: 'República de Corea',
  PS: 'Estado de Palestina',
  VA: 'Santa Sede',
};
const RU: Names = {
  CD: 'Демократическая Республика Конго',
  CG: 'Конго',
  KP: 'Корейская Народно-Демократическая Республика',
  PS: 'Государство Палестина',
  VA: 'Святейший Престол',
};
const AR: Names = {
  CD: 'جمهورية الكونغو الديمقراطية',
  CG: 'الكونغو',
  KP: 'جمهورية كوريا الشعبية الديمقراطية',
  KR: 'جمهورية كوريا',
  PS: 'دولة فلسطين',
  VA: 'الكرسي الرسولي',
};
const ZH: Names = {
  CD: '刚果民主共和国',
  CG: '刚果',
  KP: '朝鲜民主主义人民共和国',
  KR: '大韩民国',
  PS: '巴勒斯坦国',
  VA: '教廷',
};

const BY_LANGUAGE: Readonly<Record<string, Names>> = {
  en: EN,
  fr: FR,
  es: ES,
  ru: RU,
  ar: AR,
  zh: ZH,
};

/** The UN's short name of the State `code` in `language` ("en", "fr"...) where ICU's differs. */
export function unShortName(code: string, language: string): string | undefined {
  return BY_LANGUAGE[language]?.[code];
}
