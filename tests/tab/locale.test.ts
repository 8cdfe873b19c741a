import { directionOf, tabLanguageOf } from '../../tab/src/i18n/locale';

describe('tabLanguageOf (Teams app.locale or ?lang=)', () => {
  it('when Teams gives a regional locale, then the tab uses its UN language', () => {
    expect(tabLanguageOf('ar-SA')).toBe('ar');
    expect(tabLanguageOf('zh-CN')).toBe('zh');
    expect(tabLanguageOf('es-419')).toBe('es');
    expect(tabLanguageOf('FR')).toBe('fr');
    expect(tabLanguageOf('ru')).toBe('ru');
  });

  it('when the locale is unknown or malformed, then the tab is in English', () => {
    for (const bad of ['xx', 'ar-', '-ar', 'de-DE', 'a', 'ar-SA!', 'a'.repeat(300), '']) {
      expect(tabLanguageOf(bad)).toBe('en');
    }
    expect(tabLanguageOf(null)).toBe('en');
    expect(tabLanguageOf(undefined)).toBe('en');
  });

  it('when the pseudo-locale is asked for, then it is kept for the browser tests', () => {
    expect(tabLanguageOf('qps-ploc')).toBe('qps-ploc');
  });

  it('then only Arabic reads right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(['en', 'fr', 'es', 'zh', 'ru', 'qps-ploc'].map(directionOf)).not.toContain('rtl');
  });
});
