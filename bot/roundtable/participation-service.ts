import type { EventDefinition } from '../../core/event/event';
import type { FieldError } from '../../core/event/field-error';
import type { Registration } from '../../core/registration/registration';
import {
  hasParticipationSection,
  parseParticipation,
  type ParticipationDetails,
} from '../../core/roundtable/participation';
import type { Participation } from './roundtable-store';
import type { Store } from '../stores';
import type { Clock } from '../platform/ports';

/** What the registration card's roundtable section needs to show. */
export interface ParticipationContext {
  event: EventDefinition;
  /** Codes of the States invited to the event. */
  invitedStates: string[];
}

/** The roundtable details a registrant gives on the registration card, kept beside it. */
export class ParticipationService {
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

  check(
    context: ParticipationContext,
    data: Record<string, unknown>,
  ): { ok: true; value: ParticipationDetails } | { ok: false; errors: FieldError[] } {
    return parseParticipation(data, context.event, new Set(context.invitedStates));
  }

  get(registrationId: string): Promise<Participation | undefined> {
    return this.store.roundtable.participation.get(registrationId);
  }

  async save(registration: Registration, details: ParticipationDetails): Promise<void> {
    await this.store.roundtable.participation.save({
      registrationId: registration.id,
      eventId: registration.eventId,
      ...details,
      updatedAt: this.clock.now(),
    });
  }
}
