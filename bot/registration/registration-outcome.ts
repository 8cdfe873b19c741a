import type { FormErrors, FormValues } from '../../core/registration/registration-form';
import type { Registration } from '../../core/registration/registration';
import type { EventAt } from '../event';
import type { ShownSection } from './form-section';

/** Where a registration card's submit goes: a new registration or an edit of one. */
export interface FormOrigin {
  mode: 'create' | 'edit';
  formId: string;
  registrationId?: string;
  baseVersion?: number;
}

/** Why a registration card is shown: the presenter picks its heading and notes from this. */
export type RegistrationVariant = 'created' | 'updated' | 'existing' | 'withdrawn';
/** `backToReview`: an edit changed who registered, so the chair's team decides again. */
export type RegistrationNote = 'alreadyRegistered' | 'stale' | 'alreadyWithdrawn' | 'backToReview';

/**
 * Every answer the registration use cases give. Presenters turn each into a card; nothing
 * here knows about Teams, so the tab API can reuse the same use cases.
 */
export type RegistrationOutcome =
  | {
      kind: 'form';
      at: EventAt;
      values: FormValues;
      errors?: FormErrors;
      origin: FormOrigin;
      /** What other features add to this event's form (see FormSection). */
      sections?: readonly ShownSection[];
      /** The last submit saved nothing (a section could not be saved); it may be sent again. */
      notSaved?: true;
    }
  | { kind: 'refused'; at: EventAt; reason: 'notOpen' | 'closed'; purpose: 'register' | 'change' }
  | {
      kind: 'registration';
      at: EventAt;
      registration: Registration;
      variant: RegistrationVariant;
      note?: RegistrationNote;
    }
  | { kind: 'withdrawPrompt'; at: EventAt; registration: Registration }
  | { kind: 'eventNotFound' }
  | { kind: 'notFound' }
  | { kind: 'badRequest' };

/** Reads the origin fields of submitted card data; undefined when they are malformed. */
export function readOrigin(data: Record<string, unknown>): FormOrigin | undefined {
  const { mode, formId, registrationId, baseVersion } = data;
  if (mode !== 'create' && mode !== 'edit') return undefined;
  if (typeof formId !== 'string' || formId.length === 0 || formId.length > 64) return undefined;
  if (
    registrationId !== undefined &&
    (typeof registrationId !== 'string' || registrationId.length > 64)
  ) {
    return undefined;
  }
  if (baseVersion !== undefined && !Number.isSafeInteger(baseVersion)) return undefined;
  if (mode === 'edit' && (registrationId === undefined || baseVersion === undefined))
    return undefined;
  return {
    mode,
    formId,
    ...(typeof registrationId === 'string' ? { registrationId } : {}),
    ...(typeof baseVersion === 'number' ? { baseVersion } : {}),
  };
}
