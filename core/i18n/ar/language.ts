import type { LANGUAGE_EN } from '../en/language';
import type { Translation } from '../translation';

/** Arabic texts of the language choice and of event content in another language. */
export const LANGUAGE_AR: Translation<typeof LANGUAGE_EN> = {
  'language.title': 'اللغة',
  'language.changed': 'من الآن فصاعدًا سأكتب إليكم باللغة {language}.',
  'language.choose':
    'يمكنني أن أكتب إليكم بهذه اللغات: {choices}. اختاروا إحداها أدناه، أو اكتبوا مثلًا "language ar".',
  'language.inLanguage': '{text} (باللغة {language})',
};
