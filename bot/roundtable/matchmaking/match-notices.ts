import { createHash } from 'node:crypto';
import { CardFactory } from 'botbuilder';
import { dedupeKeys, type OutboxMessage } from '../../../core/outbox/outbox-message';
import { awaitsAnswerFrom } from '../../../core/roundtable/match-responses';
import type { Store } from '../../stores';
import { matchesCard, scheduleLines } from './match-presenter';
import { storedView } from '../../platform/teams/turn-view';
import type { EventAt } from '../../event';
import type { Clock } from '../../platform/ports';
import type { MatchmakingService } from './matchmaking-service';
import type { Participant, RoundtableEvents } from '../roundtable-events';

/**
 * Tells people about matchmaking without their asking: each side of a proposal gets it in
 * their chat with Accept / Decline, and everyone with meetings gets their schedule. Through
 * the outbox, so rate limits, retries and "exactly once" are the login details' own; the
 * dedupe keys make proposing or scheduling again tell only what is new.
 */
export class MatchNotices {
  constructor(
    private readonly store: Pick<Store, 'roundtable' | 'conversations' | 'outbox'>,
    private readonly events: Pick<RoundtableEvents, 'registrations'>,
    private readonly matchmaking: Pick<MatchmakingService, 'mine' | 'scheduleOf'>,
    private readonly clock: Clock,
    private readonly wake: () => void,
  ) {}

  /** Enqueues a card per proposal awaiting the person's answer; returns how many are new. */
  async proposals(at: EventAt): Promise<number> {
    return this.send(at, async (participant, base) => {
      const view = await this.viewOf(participant);
      const mine = await this.matchmaking.mine(participant);
      return mine
        .filter(({ match, side }) => awaitsAnswerFrom(match, side))
        .map((item) => ({
          ...base,
          kind: 'matchProposal' as const,
          dedupeKey: dedupeKeys.matchProposal(at.event.id, item.match.id, base.registrationId),
          payload: {
            type: 'message',
            attachments: [CardFactory.adaptiveCard(matchesCard(participant, [item], view))],
          },
        }));
    });
  }

  /** Enqueues each person's meetings, once per distinct schedule; returns how many are new. */
  async schedules(at: EventAt): Promise<number> {
    return this.send(at, async (participant, base) => {
      const meetings = await this.matchmaking.scheduleOf(participant);
      if (meetings.length === 0) return [];
      const view = await this.viewOf(participant);
      const lines = [view.t('rt.schedule.title'), ...scheduleLines(at.event, meetings, view)];
      const fingerprint = createHash('sha256')
        .update(JSON.stringify(meetings.map((m) => m.meeting)))
        .digest('hex')
        .slice(0, 16);
      return [
        {
          ...base,
          kind: 'matchSchedule' as const,
          dedupeKey: dedupeKeys.matchSchedule(at.event.id, base.registrationId, fingerprint),
          payload: { type: 'message', text: lines.join('\n\n') },
        },
      ];
    });
  }

  private async send(
    at: EventAt,
    messagesOf: (
      participant: Participant,
      base: Pick<OutboxMessage, 'eventId' | 'registrationId' | 'recipient' | 'notBefore'>,
    ) => Promise<OutboxMessage[]>,
  ): Promise<number> {
    const now = this.clock.now();
    const [registrations, details] = await Promise.all([
      this.events.registrations(at.event.id),
      this.store.roundtable.participation.list(at.event.id),
    ]);
    const participation = new Map(details.map((d) => [d.registrationId, d]));
    const messages: OutboxMessage[] = [];
    for (const registration of registrations.values()) {
      const extra = participation.get(registration.id);
      const participant: Participant = {
        at,
        registration,
        ...(extra ? { participation: extra } : {}),
      };
      const base = {
        eventId: at.event.id,
        registrationId: registration.id,
        recipient: { tenantId: registration.tenantId, aadObjectId: registration.aadObjectId },
        notBefore: now,
      };
      messages.push(...(await messagesOf(participant, base)));
    }
    const added = messages.length > 0 ? await this.store.outbox.enqueue(messages, now) : 0;
    if (added > 0) this.wake();
    return added;
  }

  private async viewOf(participant: Participant) {
    const { tenantId, aadObjectId } = participant.registration;
    const conversation = await this.store.conversations.get(tenantId, aadObjectId);
    return storedView(conversation, participant.at.event.timeZone);
  }
}
