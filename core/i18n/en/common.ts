/** Texts shared by every surface: field validation and generic answers. */
export const COMMON_EN = {
  'field.required': 'This field is required.',
  'field.tooLong': 'Please keep this under {max} characters.',
  'field.invalidCharacters':
    'This contains control characters that cannot be kept; please retype it.',
  'field.tooShort': 'Please enter at least {min} characters.',
  'field.invalidType': 'This value has the wrong type.',
  'field.invalidEmail': 'Please enter a valid email address, such as name@example.org.',
  'field.invalidChoice': 'Please choose one of the listed options.',
  'field.unknownField': 'This field is not recognised.',
  'field.invalid': 'This value is not valid.',
  'error.generic':
    'Sorry, something went wrong on our side. Nothing was changed; please try again.',
} as const;
