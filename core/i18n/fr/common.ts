import type { COMMON_EN } from '../en/common';
import type { Translation } from '../translation';

/** French texts shared by every surface: field validation and generic answers. */
export const COMMON_FR: Translation<typeof COMMON_EN> = {
  'field.required': 'Ce champ est obligatoire.',
  'field.tooLong': 'Veuillez ne pas dépasser {max} caractères.',
  'field.invalidCharacters':
    'Ce texte contient des caractères de contrôle qui ne peuvent pas être conservés ; veuillez le ressaisir.',
  'field.tooShort': 'Veuillez saisir au moins {min} caractères.',
  'field.invalidType': 'Cette valeur n’est pas du bon type.',
  'field.invalidEmail':
    'Veuillez saisir une adresse électronique valide, par exemple name@example.org.',
  'field.invalidChoice': 'Veuillez choisir l’une des options proposées.',
  'field.unknownField': 'Ce champ n’est pas reconnu.',
  'field.invalid': 'Cette valeur n’est pas valide.',
  'error.generic':
    'Désolés, une erreur s’est produite de notre côté. Rien n’a été modifié ; veuillez réessayer.',
};
