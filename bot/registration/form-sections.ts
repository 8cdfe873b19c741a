import type { EventDefinition } from '../../core/event/event';
import type { FieldError } from '../../core/event/field-error';
import type {
  FormSection,
  SectionInputs,
  SectionOnForm,
  SectionSave,
  ShownSection,
} from './form-section';

/** Every section's check together: all their errors, or every save to make. */
export type SectionsCheck =
  { ok: true; saves: readonly SectionSave[] } | { ok: false; errors: readonly FieldError[] };

/** The sections the features contribute, as the composition root lists them. */
export class FormSections {
  constructor(private readonly sections: readonly FormSection[] = []) {}

  /** The sections on this event's form (none asks anything of a form without them). */
  async on(event: EventDefinition): Promise<EventSections> {
    const found = await Promise.all(this.sections.map((s) => s.on(event)));
    return new EventSections(found.filter((s): s is SectionOnForm => s !== undefined));
  }
}

/** The sections of one event's form. */
export class EventSections {
  constructor(private readonly parts: readonly SectionOnForm[]) {}

  /** Blank, for a new registration. */
  blank(): ShownSection[] {
    return this.parts.map((part) => (t) => part.card({}, [], t));
  }

  /** As the registration's stored details fill them, for an edit. */
  async stored(registrationId: string): Promise<ShownSection[]> {
    const inputs = await Promise.all(this.parts.map((part) => part.stored(registrationId)));
    return this.parts.map((part, i) => (t) => part.card(inputs[i] ?? {}, [], t));
  }

  /** As submitted, each with its own errors: the card comes back as the person filled it in. */
  submitted(data: SectionInputs): ShownSection[] {
    return this.parts.map((part) => {
      const checked = part.check(data);
      const errors = checked.ok ? [] : checked.errors;
      return (t) => part.card(data, errors, t);
    });
  }

  /** Checks every section's inputs in `data`. */
  check(data: SectionInputs): SectionsCheck {
    const checks = this.parts.map((part) => part.check(data));
    const errors = checks.flatMap((c) => (c.ok ? [] : c.errors));
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, saves: checks.flatMap((c) => (c.ok ? [c.save] : [])) };
  }
}
