import { toGraphAttendee, type GraphAttendeesPatch, type MeetingAttendee } from './graph-event';

/** What changes between the people invited and the people who should be. */
export interface AttendeeDiff {
  added: MeetingAttendee[];
  removed: MeetingAttendee[];
  /** The full list to PATCH (Graph replaces attendees wholesale): stayers first, then new. */
  patch: GraphAttendeesPatch;
}

const key = (a: MeetingAttendee) => a.email.trim().toLowerCase();

/** Compares by email, case-insensitively; a changed display name alone is no change. */
export function diffAttendees(invited: MeetingAttendee[], wanted: MeetingAttendee[]): AttendeeDiff {
  const wantedKeys = new Set(wanted.map(key));
  const invitedKeys = new Set(invited.map(key));
  const staying = invited.filter((a) => wantedKeys.has(key(a)));
  const added = wanted.filter((a) => !invitedKeys.has(key(a)));
  const removed = invited.filter((a) => !wantedKeys.has(key(a)));
  return { added, removed, patch: { attendees: [...staying, ...added].map(toGraphAttendee) } };
}

/** True when the diff changes nobody's invitation. */
export function isEmptyDiff(diff: AttendeeDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0;
}
