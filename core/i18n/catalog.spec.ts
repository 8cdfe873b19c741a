import { languageOf, translate } from './catalog';

describe('message catalog', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'field.tooLong', { max: 200 })).toContain('200');
    expect(translate('en', 'field.tooLong')).toContain('{max}');
  });

  it('maps a regional Teams locale to its UN language and others to English', () => {
    expect(languageOf('fr-FR')).toBe('fr');
    expect(languageOf('de-DE')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('answers in each UN language and falls back to English for any other', () => {
    expect(translate('ru-RU', 'field.required')).not.toBe(translate('en', 'field.required'));
    expect(translate('de-DE', 'field.required')).toBe(translate('en', 'field.required'));
  });
});
