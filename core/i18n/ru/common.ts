import type { COMMON_EN } from '../en/common';
import type { Translation } from '../translation';

/** Russian texts shared by every surface: field validation and generic answers. */
export const COMMON_RU: Translation<typeof COMMON_EN> = {
  'field.required': 'Это поле обязательно для заполнения.',
  'field.tooLong': 'Максимальная длина — {max} симв.',
  'field.invalidCharacters':
    'Текст содержит управляющие символы, которые невозможно сохранить; пожалуйста, введите его заново.',
  'field.tooShort': 'Минимальная длина — {min} симв.',
  'field.invalidType': 'Значение имеет неверный тип.',
  'field.invalidEmail':
    'Пожалуйста, введите действительный адрес электронной почты, например name@example.org.',
  'field.invalidChoice': 'Пожалуйста, выберите один из предложенных вариантов.',
  'field.unknownField': 'Это поле не распознано.',
  'field.invalid': 'Недопустимое значение.',
  'error.generic':
    'К сожалению, на нашей стороне произошла ошибка. Ничего не изменено; пожалуйста, повторите попытку.',
};
