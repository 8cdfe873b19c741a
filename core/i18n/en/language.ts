/** Texts of the language choice and of event content shown in another language. */
export const LANGUAGE_EN = {
  'language.title': 'Language',
  'language.changed': 'From now on I will write to you in {language}.',
  'language.choose':
    'I can write to you in these languages: {choices}. Choose one below, or type for example "language fr".',
  'language.inLanguage': '{text} (in {language})',
} as const;
