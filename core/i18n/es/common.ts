import type { COMMON_EN } from '../en/common';
import type { Translation } from '../translation';

/** Spanish texts shared by every surface: field validation and generic answers. */
export const COMMON_ES: Translation<typeof COMMON_EN> = {
  'field.required': 'Este campo es obligatorio.',
  'field.tooLong': 'No supere los {max} caracteres.',
  'field.invalidCharacters':
    'Este texto contiene caracteres de control que no se pueden conservar; vuelva a escribirlo.',
  'field.tooShort': 'Escriba al menos {min} caracteres.',
  'field.invalidType': 'Este valor no es del tipo correcto.',
  'field.invalidEmail':
    'Escriba una dirección de correo electrónico válida, por ejemplo name@example.org.',
  'field.invalidChoice': 'Elija una de las opciones de la lista.',
  'field.unknownField': 'Este campo no se reconoce.',
  'field.invalid': 'Este valor no es válido.',
  'error.generic':
    'Lo sentimos, se ha producido un error por nuestra parte. No se ha modificado nada; vuelva a intentarlo.',
};
