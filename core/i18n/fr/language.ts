import type { LANGUAGE_EN } from '../en/language';
import type { Translation } from '../translation';

/** French texts of the language choice and of event content in another language. */
export const LANGUAGE_FR: Translation<typeof LANGUAGE_EN> = {
  'language.title': 'Langue',
  'language.changed': 'Désormais, je vous écrirai en {language}.',
  'language.choose':
    'Je peux vous écrire dans ces langues : {choices}. Choisissez-en une ci-dessous, ou tapez par exemple « language fr ».',
  'language.inLanguage': '{text} (en {language})',
};
