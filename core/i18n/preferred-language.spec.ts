import { directionOfLanguage, preferredLanguage } from './preferred-language';

describe('preferredLanguage', () => {
  it('takes ?lang= first when it is offered', () => {
    expect(preferredLanguage('fr', 'ar,en')).toBe('fr');
    expect(preferredLanguage('de', 'ar,en')).toBe('ar');
  });

  it('follows Accept-Language by q-value, skipping languages not offered', () => {
    expect(preferredLanguage(undefined, 'de-DE,es;q=0.5,zh-CN;q=0.8')).toBe('zh');
    expect(preferredLanguage(undefined, 'ru;q=0.1, fr-CA')).toBe('fr');
    expect(preferredLanguage(undefined, 'fr, es', ['en', 'es'])).toBe('es');
  });

  it('answers English for nothing usable', () => {
    expect(preferredLanguage(undefined, undefined)).toBe('en');
    expect(preferredLanguage('', '*, de;q=0.9, fr;q=0')).toBe('en');
  });

  it('writes Arabic right to left and the rest left to right', () => {
    expect(directionOfLanguage('ar')).toBe('rtl');
    expect(directionOfLanguage('zh')).toBe('ltr');
  });
});
