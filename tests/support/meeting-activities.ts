import { BOT_ID, TENANT_ID, type TeamsUser } from './teams-activities';

/** A meeting id as Teams gives it (base64 of the meeting chat's thread id). */
export const MEETING_ID =
  'MCMxOTptZWV0aW5nX05EQm1OVEUwTmpJdE1qazVZaTAwWWpObExUZzNaV1F0WVdReE56RTNORGxtTVRnMkB0aHJlYWQudjIjMA==';

/** Who the participant events name: Teams id, Entra object id and display name. */
export type Participant = Pick<TeamsUser, 'id' | 'aadObjectId' | 'name'>;

/**
 * Builds activities shaped as Teams sends them in a meeting chat: a group chat whose
 * channelData carries `meeting.id`; start/end payloads with PascalCase keys; participant
 * events with `value.members[{ user, meeting: { inMeeting, role } }]`.
 */
export function meetingChat(
  serviceUrl: string,
  options: { meetingId?: string; tenantId?: string; organizer?: Participant } = {},
) {
  const meetingId = options.meetingId ?? MEETING_ID;
  const tenantId = options.tenantId ?? TENANT_ID;
  const conversationId = `19:meeting_${meetingId.slice(16, 40)}@thread.v2`;
  const from = options.organizer ?? { id: '29:organizer', aadObjectId: 'organizer', name: 'Org' };
  const base = (type: string, timestamp = new Date().toISOString()): Record<string, any> => ({
    type,
    id: `f:${Date.now()}${Math.floor(Math.random() * 1000)}`,
    timestamp,
    serviceUrl,
    channelId: 'msteams',
    from: { id: from.id, aadObjectId: from.aadObjectId, name: from.name },
    recipient: { id: BOT_ID, name: 'Stakeholder Bot' },
    conversation: { isGroup: true, conversationType: 'groupChat', tenantId, id: conversationId },
    channelData: { tenant: { id: tenantId }, source: null, meeting: { id: meetingId } },
    locale: 'en-US',
  });
  const meetingValue = {
    MeetingType: 'Scheduled',
    Title: 'Informal dialogue with stakeholders',
    Id: meetingId,
    JoinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(conversationId)}/0`,
  };
  const members = (people: Participant[], inMeeting: boolean) =>
    people.map((p) => ({
      user: { tenantId, id: p.id, name: p.name, aadObjectId: p.aadObjectId },
      meeting: { inMeeting, role: 'Attendee' },
    }));
  return {
    meetingId,
    conversationId,
    install: () => ({ ...base('conversationUpdate'), membersAdded: [{ id: BOT_ID }] }),
    start: (startTime: string) => ({
      ...base('event'),
      name: 'application/vnd.microsoft.meetingStart',
      value: { ...meetingValue, StartTime: startTime },
    }),
    end: (endTime: string) => ({
      ...base('event'),
      name: 'application/vnd.microsoft.meetingEnd',
      value: { ...meetingValue, EndTime: endTime },
    }),
    join: (people: Participant[], at: string) => ({
      ...base('event', at),
      name: 'application/vnd.microsoft.meetingParticipantJoin',
      value: { members: members(people, true) },
    }),
    leave: (people: Participant[], at: string) => ({
      ...base('event', at),
      name: 'application/vnd.microsoft.meetingParticipantLeave',
      value: { members: members(people, false) },
    }),
    /**
     * A card button pressed in the meeting chat (`Action.Execute`) by someone in the meeting;
     * an anonymous attendee has a Teams id and a display name but no Entra object id.
     */
    cardAction: (
      who: { id: string; name: string; aadObjectId?: string },
      verb: string,
      data: Record<string, unknown>,
    ) => ({
      ...base('invoke'),
      from: who,
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    }),
    /** Any other event in this meeting, e.g. a malformed one. */
    event: (name: string, value: unknown, at?: string) => ({ ...base('event', at), name, value }),
  };
}
