import { diffAttendees, isEmptyDiff, type AttendeeDiff } from './attendee-diff';
import type { MeetingAttendee } from './graph-event';

/** Graph's event resource: at most 500 attendees on one event (Exchange Online sending limits). */
export const MAX_EVENT_ATTENDEES = 500;

/**
 * Exchange Online lets a mailbox send 30 messages a minute; one attendee PATCH can send two
 * (invitations to the added, cancellations to the removed), so PATCH at most every 4 seconds.
 */
export const ATTENDEE_PATCH_INTERVAL_MS = 4000;

/** What to do now about the attendee list of a created meeting. */
export type AttendeeSyncPlan =
  | { kind: 'upToDate'; overflow: MeetingAttendee[] }
  | { kind: 'wait'; until: Date }
  | { kind: 'send'; diff: AttendeeDiff; overflow: MeetingAttendee[] };

export interface AttendeeSyncInput {
  invited: MeetingAttendee[];
  wanted: MeetingAttendee[];
  /** When the last attendee PATCH for this meeting was sent, if ever. */
  lastSentAt?: Date;
  now: Date;
}

/**
 * Decides whether to PATCH the attendee list now. Confirmations arriving close together are
 * coalesced into one PATCH; people already invited keep their seat when the list is full,
 * and whoever does not fit under the cap is returned as overflow for the chair's team.
 */
export function planAttendeeSync(input: AttendeeSyncInput): AttendeeSyncPlan {
  const { fitting, overflow } = capAttendees(input.invited, input.wanted);
  const diff = diffAttendees(input.invited, fitting);
  if (isEmptyDiff(diff)) return { kind: 'upToDate', overflow };
  if (input.lastSentAt) {
    const due = input.lastSentAt.getTime() + ATTENDEE_PATCH_INTERVAL_MS;
    if (input.now.getTime() < due) return { kind: 'wait', until: new Date(due) };
  }
  return { kind: 'send', diff, overflow };
}

/** Splits the wanted list at the cap, giving priority to people already invited. */
export function capAttendees(
  invited: MeetingAttendee[],
  wanted: MeetingAttendee[],
  max = MAX_EVENT_ATTENDEES,
): { fitting: MeetingAttendee[]; overflow: MeetingAttendee[] } {
  const invitedKeys = new Set(invited.map((a) => a.email.toLowerCase()));
  const prioritised = [
    ...wanted.filter((a) => invitedKeys.has(a.email.toLowerCase())),
    ...wanted.filter((a) => !invitedKeys.has(a.email.toLowerCase())),
  ];
  return { fitting: prioritised.slice(0, max), overflow: prioritised.slice(max) };
}
