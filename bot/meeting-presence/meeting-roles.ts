import { TeamsInfo, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { MeetingRole } from '../../core/access/role';
import type { Principal } from '../platform/auth/principal';
import type { Logger } from '../platform/logger';
import type { Clock } from '../platform/ports';
import type { MeetingStore } from './meeting-store';

/** Teams changes roles during a meeting (a promotion to presenter): ask again after this. */
export const MEETING_ROLE_TTL_MS = 60_000;

/** People x meetings remembered at most (a few large meetings at once); past it the least recently asked go. */
const MAX_REMEMBERED = 10_000;

const ROLES = new Set<string>(['Organizer', 'Presenter', 'Attendee']);

/**
 * The meeting role Teams reports for a signed-in person in the Teams meeting linked to an
 * event (`TeamsInfo.getMeetingParticipant`, RSC `OnlineMeetingParticipant.Read.Chat`), so the
 * meeting's Organizer and Presenters may run the queue as the chair's team does. Asked through
 * the bot's stored meeting chat reference, kept for a minute; any refusal (the app is not in
 * the meeting, the person is not a participant, a meeting of 350 or more) means no role.
 */
export class MeetingRoles {
  private readonly cache: LRUCache<string, { role: MeetingRole | undefined }>;

  constructor(
    private readonly adapter: Pick<CloudAdapter, 'continueConversationAsync'>,
    private readonly appId: string,
    private readonly meetings: Pick<MeetingStore, 'linkOf' | 'get'>,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.cache = new LRUCache({
      max: MAX_REMEMBERED,
      ttl: MEETING_ROLE_TTL_MS,
      // The service's clock, read on every check (no cached "now"), so tests can move it.
      perf: { now: () => this.clock.now().getTime() },
      ttlResolution: 0,
    });
  }

  /** The principal with its role in the event's meeting; development users keep theirs. */
  async withMeetingRole(eventId: string, principal: Principal): Promise<Principal> {
    if (principal.dev) return principal;
    const role = await this.roleIn(eventId, principal);
    return role ? { ...principal, meetingRole: role } : principal;
  }

  private async roleIn(eventId: string, principal: Principal): Promise<MeetingRole | undefined> {
    const link = await this.meetings.linkOf(eventId);
    if (!link) return undefined;
    const key = `${link.meetingId}|${principal.tid}|${principal.oid}`;
    const cached = this.cache.get(key);
    if (cached) return cached.role;
    const role = await this.ask(link.meetingId, principal);
    this.cache.set(key, { role });
    return role;
  }

  private async ask(meetingId: string, principal: Principal): Promise<MeetingRole | undefined> {
    const meeting = await this.meetings.get(meetingId);
    if (!meeting) return undefined;
    let role: string | undefined;
    const noRole = (error: unknown) =>
      this.log.debug({ err: error, meetingId }, 'no meeting role from Teams');
    try {
      // Caught inside the turn too: the adapter would hand a thrown error to onTurnError.
      await this.adapter.continueConversationAsync(
        this.appId,
        meeting.reference as Partial<ConversationReference>,
        async (context) => {
          try {
            const participant = await TeamsInfo.getMeetingParticipant(
              context,
              meetingId,
              principal.oid,
              principal.tid,
            );
            role = participant.meeting?.role;
          } catch (error) {
            noRole(error);
          }
        },
      );
    } catch (error) {
      // The turn could not even start (e.g. the bot's own token was refused).
      noRole(error);
    }
    return role && ROLES.has(role) ? (role as MeetingRole) : undefined;
  }
}
