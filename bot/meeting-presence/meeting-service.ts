import type { ChairTeam } from '../../core/access/chair-team';
import type { MessageKey } from '../../core/i18n/catalog';
import {
  isMeetingId,
  queuePresence,
  registrantPresence,
  type QueuePresence,
  type RegistrantPresence,
} from '../../core/meeting-presence';
import type { SpeakingQueue } from '../../core/speaking-queue';
import type { Principal } from '../platform/auth/principal';
import { roleOfPrincipal } from '../platform/auth/principal-role';
import type { MeetingLink } from './meeting-store';
import type { Store } from '../stores';
import type { Clock } from '../platform/ports';

export type LinkOutcome =
  | { ok: true; link: MeetingLink }
  | { ok: false; status: 'unknownEvent' | 'forbidden' | 'invalid'; error: { key: MessageKey } };

/**
 * The Teams meeting of an event: the chair links it (from the tab's Teams context), and the
 * speaking queue's view asks who of its speakers is in it.
 */
export class MeetingService {
  constructor(
    private readonly store: Pick<Store, 'events' | 'meetings' | 'registrations'>,
    private readonly clock: Clock,
    private readonly chairTeam: ChairTeam,
  ) {}

  /** Links `body.meetingId` to the event; chairs only, as for the queue's chair actions. */
  async link(eventId: string, principal: Principal, body: unknown): Promise<LinkOutcome> {
    if (!(await this.store.events.get(eventId))) {
      return { ok: false, status: 'unknownEvent', error: { key: 'queue.error.unknownMeeting' } };
    }
    if (roleOfPrincipal(this.chairTeam, principal) !== 'chair') {
      return { ok: false, status: 'forbidden', error: { key: 'queue.error.chairOnly' } };
    }
    const meetingId = isRecord(body) ? body.meetingId : undefined;
    if (!isMeetingId(meetingId)) {
      return { ok: false, status: 'invalid', error: { key: 'meetingBot.link.invalidMeetingId' } };
    }
    const link = { eventId, meetingId, linkedBy: principal.oid, linkedAt: this.clock.now() };
    await this.store.meetings.link(link);
    return { ok: true, link };
  }

  /** Presence of the queue's current registrant speakers in the event's Teams meeting. */
  async presence(eventId: string, queue: SpeakingQueue): Promise<QueuePresence> {
    const link = await this.store.meetings.linkOf(eventId);
    const records = link ? await this.store.meetings.presence(link.meetingId) : [];
    // Without any join or leave event every registrant is unknown: no need to look them up.
    const registrants =
      records.length > 0 ? await this.store.registrations.listForEvent(eventId) : [];
    return queuePresence(queue.entries, registrants, records);
  }

  /** Who sees presence: the chair's team, as for every chair action. */
  seesPresence(principal: Principal): boolean {
    return roleOfPrincipal(this.chairTeam, principal) === 'chair';
  }

  /** Presence of every registrant a join or leave event was seen for, by registration id. */
  async registrantPresence(eventId: string): Promise<RegistrantPresence> {
    const link = await this.store.meetings.linkOf(eventId);
    const records = link ? await this.store.meetings.presence(link.meetingId) : [];
    if (records.length === 0) return {};
    return registrantPresence(await this.store.registrations.listForEvent(eventId), records);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
