import type { MessageKey, MessageParams } from '../i18n/catalog';

/**
 * One problem in submitted or imported data: the field by its dotted path
 * (`registration.deadline`, `guidingQuestions.2.text`) and the catalog key that explains it.
 */
export interface FieldError {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}
