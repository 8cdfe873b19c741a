import type { EventDefinition } from '../../core/event/event';
import type { FieldError } from '../../core/event/field-error';
import type { Registration } from '../../core/registration/registration';
import {
  hasParticipationSection,
  parseParticipation,
  type ParticipationDetails,
} from '../../core/roundtable/participation';
import type { Participation } from './roundtable-store';
import type { Store, StoreTransaction } from '../stores';
import type { Clock } from '../platform/ports';
import type { FormSection, SectionOnForm } from '../registration';
import { inputsFromStored, participationCard, valuesFromData } from './participation-section';

/** What the registration card's roundtable section needs to show. */
export interface ParticipationContext {
  event: EventDefinition;
  /** Codes of the States invited to the event. */
  invitedStates: string[];
}

/**
 * The roundtable details a registrant gives on the registration card, kept beside it: the
 * roundtable's section of the registration form, saved in the registration's transaction.
 */
export class ParticipationService implements FormSection {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** The section's context, or undefined when the event's card has no roundtable section. */
  async context(event: EventDefinition): Promise<ParticipationContext | undefined> {
    // A dialogue never has the section: spare every registration of it the invitations read.
    if (event.kind === 'virtualDialogue') return undefined;
    const invitations = await this.store.roundtable.invitations.list(event.id);
    if (!hasParticipationSection(event, invitations.length)) return undefined;
    return { event, invitedStates: invitations.map((i) => i.stateCode) };
  }

  /** The section on the event's registration form, or undefined when it has none. */
  async on(event: EventDefinition): Promise<SectionOnForm | undefined> {
    const context = await this.context(event);
    if (!context) return undefined;
    const groups = (event.breakoutGroups ?? []).length;
    return {
      stored: async (registrationId) => inputsFromStored(await this.get(registrationId)),
      card: (inputs, errors, t) =>
        participationCard(context, valuesFromData(inputs, groups), errors, t),
      check: (inputs) => {
        const checked = this.check(context, inputs);
        if (!checked.ok) return checked;
        return { ok: true, save: (tx, r) => this.save(tx, r, checked.value) };
      },
    };
  }

  check(
    context: ParticipationContext,
    data: Readonly<Record<string, unknown>>,
  ): { ok: true; value: ParticipationDetails } | { ok: false; errors: FieldError[] } {
    return parseParticipation(data, context.event, new Set(context.invitedStates));
  }

  get(registrationId: string): Promise<Participation | undefined> {
    return this.store.roundtable.participation.get(registrationId);
  }

  /** Saves the details on the registration's transaction, so both are kept or neither. */
  async save(
    tx: StoreTransaction,
    registration: Registration,
    details: ParticipationDetails,
  ): Promise<void> {
    await tx.roundtable.participation.save({
      registrationId: registration.id,
      eventId: registration.eventId,
      ...details,
      updatedAt: this.clock.now(),
    });
  }
}
