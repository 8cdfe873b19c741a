import type { COMMON_EN } from '../en/common';
import type { Translation } from '../translation';

/** Chinese texts shared by every surface: field validation and generic answers. */
export const COMMON_ZH: Translation<typeof COMMON_EN> = {
  'field.required': '此字段为必填项。',
  'field.tooLong': '请勿超过 {max} 个字符。',
  'field.invalidCharacters': '其中含有无法保留的控制字符，请重新输入。',
  'field.tooShort': '请至少输入 {min} 个字符。',
  'field.invalidType': '此值的类型不正确。',
  'field.invalidEmail': '请输入有效的电子邮件地址，例如 name@example.org。',
  'field.invalidChoice': '请从所列选项中选择一项。',
  'field.unknownField': '无法识别此字段。',
  'field.invalid': '此值无效。',
  'error.generic': '抱歉，我们这边出现了问题。未作任何更改，请重试。',
};
