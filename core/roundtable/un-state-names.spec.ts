import { unStateName, unStateNameEn } from './un-state-names';

describe('unStateName', () => {
  it("names States in English by the UN's short names where ICU's everyday names differ", () => {
    const names = {
      TR: 'Türkiye',
      CI: "Côte d'Ivoire",
      KP: "Democratic People's Republic of Korea",
      KR: 'Republic of Korea',
      IR: 'Iran (Islamic Republic of)',
      BO: 'Bolivia (Plurinational State of)',
      VE: 'Venezuela (Bolivarian Republic of)',
      TZ: 'United Republic of Tanzania',
      RU: 'Russian Federation',
      SY: 'Syrian Arab Republic',
      LA: "Lao People's Democratic Republic",
      MD: 'Republic of Moldova',
      VN: 'Viet Nam',
      FM: 'Micronesia (Federated States of)',
      NL: 'Netherlands (Kingdom of the)',
      PS: 'State of Palestine',
      VA: 'Holy See',
    };
    for (const [code, name] of Object.entries(names)) {
      expect([code, unStateName(code, 'en')]).toEqual([code, name]);
      expect([code, unStateName(code, 'en-GB')]).toEqual([code, name]);
    }
    expect(unStateName('SN', 'en')).toBe('Senegal');
  });

  it("names States in the reader's language, from ICU", () => {
    expect(unStateName('SN', 'fr')).toBe('Sénégal');
    expect(unStateName('DE', 'ar')).toBe('ألمانيا');
    expect(unStateName('BR', 'zh')).toBe('巴西');
    expect(unStateName('IR', 'ru')).toBe('Иран');
  });

  it('when ICU names another thing than the State the UN seats, then the UN name wins in every language', () => {
    expect(unStateName('PS', 'fr')).toBe('État de Palestine');
    expect(unStateName('VA', 'es')).toBe('Santa Sede');
    expect(unStateName('KR', 'ar')).toBe('جمهورية كوريا');
    expect(unStateName('KP', 'zh')).toBe('朝鲜民主主义人民共和国');
    expect(unStateName('CD', 'ru')).toBe('Демократическая Республика Конго');
  });

  it('keeps English for the texts many readers share (protocol CSV, queue entries)', () => {
    expect(unStateNameEn('KR')).toBe('Republic of Korea');
  });
});
