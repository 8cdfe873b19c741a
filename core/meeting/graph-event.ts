import type { GraphDateTimeTimeZone } from './graph-time-zone';

/** A person invited to the Teams meeting, by the email the invitation goes to. */
export interface MeetingAttendee {
  email: string;
  name: string;
}

/** Graph's `attendee` as this app sends it: everyone confirmed is a required attendee. */
export interface GraphAttendee {
  emailAddress: { address: string; name: string };
  type: 'required';
}

/** Body of `POST /users/{organizer}/events` that creates a Teams meeting with invitations. */
export interface GraphCalendarEventBody {
  subject: string;
  body: { contentType: 'html'; content: string };
  start: GraphDateTimeTimeZone;
  end: GraphDateTimeTimeZone;
  location?: { displayName: string };
  isOnlineMeeting: true;
  onlineMeetingProvider: 'teamsForBusiness';
  allowNewTimeProposals: false;
  attendees: GraphAttendee[];
  transactionId: string;
}

/** Body of `PATCH /users/{organizer}/events/{id}`: Graph replaces the whole attendee list. */
export interface GraphAttendeesPatch {
  attendees: GraphAttendee[];
}

/** Body of `PATCH /users/{organizer}/events/{id}` that moves the meeting. */
export interface GraphReschedulePatch {
  start: GraphDateTimeTimeZone;
  end: GraphDateTimeTimeZone;
}

/** Body of `POST /users/{organizer}/events/{id}/cancel`: the note sent with the cancellation. */
export interface GraphCancelBody {
  comment: string;
}

/** Graph's attendee for a meeting attendee. */
export function toGraphAttendee(attendee: MeetingAttendee): GraphAttendee {
  return { emailAddress: { address: attendee.email, name: attendee.name }, type: 'required' };
}
