import { languageOf, translate, translatorFor } from './catalog';

describe('message catalog', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'field.tooLong', { max: 200 })).toContain('200');
    expect(translate('en', 'event.import.invalidJson')).toContain('{detail}');
    expect(translate('en', 'field.tooLong')).toBe('Please keep this under {max} characters.');
    expect(translate('ar', 'field.tooLong')).toContain('\u2068{max}\u2069 حرف');
  });

  it('maps a regional Teams locale to its UN language and others to English', () => {
    expect(languageOf('fr-FR')).toBe('fr');
    expect(languageOf('zh-Hans-CN')).toBe('zh');
    expect(languageOf('ar_EG')).toBe('ar');
    expect(languageOf('de-DE')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('when a locale is unknown or malformed, then the texts are English and nothing throws', () => {
    for (const bad of ['xx', 'ar-', 'a'.repeat(300), '', '--', 'fr FR', '12']) {
      expect(languageOf(bad)).toBe('en');
      expect(translatorFor(bad)('field.required')).toBe('This field is required.');
    }
  });

  it('writes the language it was made for, and the pseudo-locale from English', () => {
    expect(translatorFor('fr-CA').language).toBe('fr');
    expect(translate('fr', 'field.required')).not.toBe(translate('en', 'field.required'));
    expect(translate('qps-ploc', 'field.required')).toMatch(/^\[Ţĥíš ƒíéļď íš řéǫüířéď\. ·+\]$/);
  });

  it('isolates each value in Arabic so a Latin name keeps its order, and only there', () => {
    const params = { detail: 'Digital Rights Coalition' };
    expect(translate('ar', 'event.import.invalidJson', params)).toContain(
      '\u2068Digital Rights Coalition\u2069',
    );
    expect(translate('fr', 'event.import.invalidJson', params)).not.toContain('\u2068');
    expect(translate('en', 'event.import.invalidJson', params)).toBe(
      'The file is not valid JSON: Digital Rights Coalition',
    );
    expect(translate('ar', 'field.tooLong', { max: 200 })).toContain('\u2068200\u2069');
  });

  it('answers in each UN language and falls back to English for any other', () => {
    expect(translate('ru-RU', 'field.required')).not.toBe(translate('en', 'field.required'));
    expect(translate('de-DE', 'field.required')).toBe(translate('en', 'field.required'));
  });
});

describe('values quoted in a text', () => {
  it('when a value carries a direction override or an unpaired isolate, then it is shown, not obeyed', () => {
    const params = { detail: 'Ruiz\u202Egpj.exe \u2067x' };
    expect(translate('en', 'event.import.invalidJson', params)).toContain(
      'Ruiz<U+202E>gpj.exe <U+2067>x',
    );
    expect(translate('ar', 'event.import.invalidJson', params)).toContain(
      '\u2068Ruiz<U+202E>gpj.exe <U+2067>x\u2069',
    );
  });

  it('when a value is itself an Arabic text with its isolates, then they are kept', () => {
    const inner = translate('ar', 'event.import.invalidJson', { detail: 'Digital Rights' });
    expect(translate('ar', 'event.import.invalidJson', { detail: inner })).toContain(
      `\u2068\u2067${inner}\u2069\u2069`,
    );
    expect(translate('en', 'event.import.invalidJson', { detail: 'a\u2069b' })).toContain(
      'a<U+2069>b',
    );
  });

  it('when a composed label such as "Name (Organization)" is quoted in Arabic, then it is isolated right to left', () => {
    const label = translate('ar', 'tab.speaker.label', { name: 'منى', organization: 'UNICEF' });
    expect(label).toBe('\u2068منى\u2069 (\u2068UNICEF\u2069)');
    expect(translate('ar', 'tab.current.announce', { speaker: label })).toContain(
      `\u2068\u2067${label}\u2069\u2069`,
    );
    expect(translate('fr', 'tab.current.announce', { speaker: 'Ana (UNICEF)' })).toContain(
      'Ana (UNICEF)',
    );
  });
});
