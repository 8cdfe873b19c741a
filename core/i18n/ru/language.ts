import type { LANGUAGE_EN } from '../en/language';
import type { Translation } from '../translation';

/** Russian texts of the language choice and of event content in another language. */
export const LANGUAGE_RU: Translation<typeof LANGUAGE_EN> = {
  'language.title': 'Язык',
  'language.changed': 'Теперь я буду писать вам на языке: {language}.',
  'language.choose':
    'Я могу писать вам на этих языках: {choices}. Выберите один ниже или введите, например, «language ru».',
  'language.inLanguage': '{text} (язык: {language})',
};
