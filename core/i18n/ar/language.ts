import type { LANGUAGE_EN } from '../en/language';
import type { Translation } from '../translation';

/** Arabic texts of the language choice and of event content in another language. */
export const LANGUAGE_AR: Translation<typeof LANGUAGE_EN> = {
  'language.title': 'اللغة',
  'language.changed': 'من الآن فصاعدًا سأكتب إليك باللغة {language}.',
  'language.choose':
    'يمكنني أن أكتب إليك بهذه اللغات: {choices}. اختر إحداها أدناه، أو اكتب مثلًا "language ar".',
  'language.inLanguage': '{text} (باللغة {language})',
};
