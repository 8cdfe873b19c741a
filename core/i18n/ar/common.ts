import type { COMMON_EN } from '../en/common';
import type { Translation } from '../translation';

/** Arabic texts shared by every surface: field validation and generic answers. */
export const COMMON_AR: Translation<typeof COMMON_EN> = {
  'field.required': 'هذا الحقل إلزامي.',
  'field.tooLong': 'يرجى ألا يتجاوز عدد الأحرف {max}.',
  'field.invalidCharacters':
    'يحتوي هذا النص على أحرف تحكّم لا يمكن الاحتفاظ بها؛ يرجى إعادة كتابته.',
  'field.tooShort': 'يرجى ألا يقل عدد الأحرف عن {min}.',
  'field.invalidType': 'نوع هذه القيمة غير صحيح.',
  'field.invalidEmail': 'يرجى إدخال عنوان بريد إلكتروني صحيح، مثل name@example.org.',
  'field.invalidChoice': 'يرجى اختيار أحد الخيارات المدرجة.',
  'field.unknownField': 'هذا الحقل غير معروف.',
  'field.invalid': 'هذه القيمة غير صالحة.',
  'error.generic': 'عذرًا، حدث خطأ من جانبنا. لم يُغيَّر أي شيء؛ يرجى المحاولة مرة أخرى.',
};
