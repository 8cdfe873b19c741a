import type { EventDefinition } from '../../core/event/event';
import type { FieldError } from '../../core/event/field-error';
import type { Translate } from '../../core/i18n/catalog';
import type { Registration } from '../../core/registration/registration';
import type { StoreTransaction } from '../stores';

/** A form's inputs by id: as Teams submits them, or as stored details fill them for an edit. */
export type SectionInputs = Readonly<Record<string, unknown>>;

/**
 * A part of the registration form that another feature contributes (the roundtable's
 * details). The registration feature shows it on the form, checks it with the form's own
 * fields so that the card comes back with every error at once, and saves it in the
 * registration's transaction: the registration and every section are kept, or none.
 */
export interface FormSection {
  /** The section on this event's form, or undefined when that form does not have it. */
  on(event: EventDefinition): Promise<SectionOnForm | undefined>;
}

/** One section as it applies to one event's form. */
export interface SectionOnForm {
  /** The inputs as the registration's stored details fill them, for an edit. */
  stored(registrationId: string): Promise<SectionInputs>;
  /** The card elements added to the form's body, before its submit button. */
  card(inputs: SectionInputs, errors: readonly FieldError[], t: Translate): readonly unknown[];
  /** Checks the submitted inputs; untrusted, so every field is checked. */
  check(inputs: SectionInputs): SectionCheck;
}

/** A section's check: its errors, or how to save what it read once the registration is saved. */
export type SectionCheck =
  { ok: true; save: SectionSave } | { ok: false; errors: readonly FieldError[] };

/** Saves a section's details of `registration` through `tx`, the registration's transaction. */
export type SectionSave = (tx: StoreTransaction, registration: Registration) => Promise<void>;

/** A section ready to show: inputs and errors are bound, only the reader's language is not. */
export type ShownSection = (t: Translate) => readonly unknown[];
