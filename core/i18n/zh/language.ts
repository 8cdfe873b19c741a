import type { LANGUAGE_EN } from '../en/language';
import type { Translation } from '../translation';

/** Chinese texts of the language choice and of event content in another language. */
export const LANGUAGE_ZH: Translation<typeof LANGUAGE_EN> = {
  'language.title': '语言',
  'language.changed': '从现在起，我将用{language}与您交流。',
  'language.choose':
    '我可以用以下语言与您交流：{choices}。请在下方选择一种，或输入例如 "language zh"。',
  'language.inLanguage': '{text}（{language}）',
};
