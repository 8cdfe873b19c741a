import { COUNTRY_CODES, countryChoices, countryName, isCountryCode } from './countries';

describe('countries', () => {
  it('lists the 249 assigned ISO 3166-1 alpha-2 codes once each, in order', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual([...COUNTRY_CODES]);
    expect(COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('accepts assigned upper-case codes and refuses the rest', () => {
    expect(isCountryCode('SN')).toBe(true);
    expect(isCountryCode('US')).toBe(true);
    expect(isCountryCode('sn')).toBe(false);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('XK')).toBe(false);
    expect(isCountryCode('')).toBe(false);
    expect(isCountryCode('SEN')).toBe(false);
  });

  it('names every code in English, and in the locale asked for', () => {
    expect(COUNTRY_CODES.filter((code) => countryName(code, 'en') === code)).toEqual([]);
    expect(countryName('SN', 'en')).toBe('Senegal');
    expect(countryName('SN', 'fr')).toBe('Sénégal');
    expect(countryName('DE', 'es')).toBe('Alemania');
  });

  it('falls back to English for a malformed locale and to the text for an unknown code', () => {
    expect(countryName('SN', 'not a locale!')).toBe('Senegal');
    expect(countryName('ZZ', 'en')).toBe('ZZ');
  });

  it('offers every country as a choice sorted by its name in the locale', () => {
    const choices = countryChoices('fr');
    expect(choices).toHaveLength(249);
    const names = choices.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    expect(choices).toContainEqual({ code: 'SN', name: 'Sénégal' });
  });

  it("offers the UN's short names of States, in English as in Arabic", () => {
    expect(countryChoices('en')).toContainEqual({ code: 'KR', name: 'Republic of Korea' });
    expect(countryChoices('en')).toContainEqual({ code: 'VA', name: 'Holy See' });
    expect(countryChoices('ar')).toContainEqual({ code: 'PS', name: 'دولة فلسطين' });
    expect(countryName('GB', 'en')).toBe('United Kingdom of Great Britain and Northern Ireland');
  });
});
