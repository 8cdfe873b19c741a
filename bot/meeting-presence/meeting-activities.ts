import { TurnContext, type Activity, type TeamsActivityHandler } from 'botbuilder';
import { isMeetingId, type PresenceRecord, type PresenceState } from '../../core/meeting-presence';
import type { Logger } from '../platform/logger';
import type { Clock } from '../platform/ports';
import type { MeetingChat, MeetingStore } from './meeting-store';

/**
 * Records what Teams tells the bot about a meeting: the chat's conversation reference (for
 * in-meeting notifications), start and end times, and who joins and leaves. Teams delivers
 * these events unreliably, so nothing here is ever inferred from an event that did not come.
 */
export class MeetingActivities {
  constructor(
    private readonly meetings: MeetingStore,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Keeps the meeting chat's reference; returns the meeting id, or undefined if not a meeting. */
  async rememberChat(context: TurnContext): Promise<string | undefined> {
    const chat = meetingChatOf(context.activity, this.clock.now());
    if (!chat) return undefined;
    await this.meetings.saveChat(chat);
    return chat.meetingId;
  }

  /** A meeting start or end event, with the time from its payload (`StartTime`/`EndTime`). */
  async timed(context: TurnContext, kind: 'start' | 'end', at: Date): Promise<void> {
    const meetingId = Number.isNaN(at.getTime()) ? undefined : await this.rememberChat(context);
    if (!meetingId) {
      this.log.warn({ kind }, 'ignored a meeting start/end event without meeting or time');
      return;
    }
    await this.meetings.recordTime(meetingId, kind, at);
  }

  /** A join or leave event: each listed participant is present or absent as of the event. */
  async participants(context: TurnContext, members: unknown, state: PresenceState): Promise<void> {
    const records = presenceOf(members, state, eventTime(context.activity, this.clock.now()));
    const meetingId = records.length > 0 ? await this.rememberChat(context) : undefined;
    if (!meetingId) {
      this.log.warn({ state }, 'ignored a participant event without meeting or participants');
      return;
    }
    for (const record of records) await this.meetings.recordPresence(meetingId, record);
  }
}

/** Records meeting start/end and participant join/leave as they come (if they come). */
export function listenToMeetings(bot: TeamsActivityHandler, meetings: MeetingActivities): void {
  // The bot added to a meeting's (or any group) chat: keep the chat, to notify it later.
  bot.onMembersAdded(async (context, next) => {
    const botAdded = context.activity.membersAdded?.some(
      (m) => m.id === context.activity.recipient.id,
    );
    const type = context.activity.conversation?.conversationType;
    if (botAdded && type !== undefined && type !== 'personal') await meetings.rememberChat(context);
    await next();
  });
  bot.onTeamsMeetingStartEvent(async (meeting, context, next) => {
    await meetings.timed(context, 'start', meeting.startTime);
    await next();
  });
  bot.onTeamsMeetingEndEvent(async (meeting, context, next) => {
    await meetings.timed(context, 'end', meeting.endTime);
    await next();
  });
  bot.onTeamsMeetingParticipantsJoinEvent(async (event, context, next) => {
    await meetings.participants(context, event.members, 'present');
    await next();
  });
  bot.onTeamsMeetingParticipantsLeaveEvent(async (event, context, next) => {
    await meetings.participants(context, event.members, 'absent');
    await next();
  });
}

function meetingChatOf(activity: Activity, now: Date): MeetingChat | undefined {
  const channelData = isRecord(activity.channelData) ? activity.channelData : {};
  const meetingId = isRecord(channelData.meeting) ? channelData.meeting.id : undefined;
  const tenant = isRecord(channelData.tenant) ? channelData.tenant.id : undefined;
  const tenantId = activity.conversation?.tenantId ?? tenant;
  const conversationId = activity.conversation?.id;
  if (!isMeetingId(meetingId) || typeof tenantId !== 'string' || !tenantId) return undefined;
  if (typeof conversationId !== 'string' || !conversationId || !activity.serviceUrl)
    return undefined;
  return {
    meetingId,
    tenantId,
    conversationId,
    serviceUrl: activity.serviceUrl,
    reference: TurnContext.getConversationReference(activity),
    updatedAt: now,
  };
}

/** `value.members[].user` of a join or leave event, as Teams identifies each participant. */
function presenceOf(members: unknown, state: PresenceState, at: Date): PresenceRecord[] {
  if (!Array.isArray(members)) return [];
  return members.flatMap((member: unknown) => {
    const user = isRecord(member) ? member.user : undefined;
    const aadObjectId = isRecord(user) ? user.aadObjectId : undefined;
    if (typeof aadObjectId !== 'string' || !aadObjectId || aadObjectId.length > 64) return [];
    return [{ aadObjectId: aadObjectId.toLowerCase(), state, lastEventAt: at }];
  });
}

/** When Teams says the event happened; the receipt time if it sent none that parses. */
function eventTime(activity: Activity, now: Date): Date {
  const at = new Date(activity.timestamp ?? Number.NaN);
  return Number.isNaN(at.getTime()) ? now : at;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
