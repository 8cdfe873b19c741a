import type { LANGUAGE_EN } from '../en/language';
import type { Translation } from '../translation';

/** Spanish texts of the language choice and of event content in another language. */
export const LANGUAGE_ES: Translation<typeof LANGUAGE_EN> = {
  'language.title': 'Idioma',
  'language.changed': 'A partir de ahora le escribiré en {language}.',
  'language.choose':
    'Puedo escribirle en estos idiomas: {choices}. Elija uno a continuación o escriba, por ejemplo, «language es».',
  'language.inLanguage': '{text} (en {language})',
};
