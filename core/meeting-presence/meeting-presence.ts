import type { QueueEntry } from '../speaking-queue';

/** What the last join or leave event seen for a person said. */
export type PresenceState = 'present' | 'absent';

/** Whether a speaker is in the Teams meeting; unknown when no event was ever seen for them. */
export type EntryPresence = PresenceState | 'unknown';

/** The last join or leave event seen for one participant of a meeting. */
export interface PresenceRecord {
  aadObjectId: string;
  state: PresenceState;
  lastEventAt: Date;
}

/** A registration, as far as presence needs it: who the registrant is on Teams. */
export interface Registrant {
  id: string;
  aadObjectId: string;
}

/** Presence by queue entry id. */
export type QueuePresence = Record<string, EntryPresence>;

/**
 * The presence of each waiting or speaking registrant in the queue. Join and leave events
 * are delivered unreliably, so a person without any event is `unknown`, never `absent`;
 * entries of people the chair added by name have no Teams identity and are left out.
 */
export function queuePresence(
  entries: readonly QueueEntry[],
  registrants: readonly Registrant[],
  records: readonly PresenceRecord[],
): QueuePresence {
  const people = new Map(registrants.map((r) => [r.id, r.aadObjectId.toLowerCase()]));
  const states = new Map(records.map((r) => [r.aadObjectId.toLowerCase(), r.state]));
  const presence: QueuePresence = {};
  for (const entry of entries) {
    const { registrationId } = entry.speaker;
    if (!isCurrent(entry) || registrationId === undefined) continue;
    const aadObjectId = people.get(registrationId);
    presence[entry.id] = (aadObjectId && states.get(aadObjectId)) || 'unknown';
  }
  return presence;
}

/** Presence by registration id, for registrants a join or leave event was seen for. */
export type RegistrantPresence = Record<string, PresenceState>;

/**
 * Presence of the event's registrants, independent of the queue: a screen combines it with
 * whatever queue state it shows, so a change of either needs no recomputation of the other.
 * Registrants without any event are left out (unknown, never absent).
 */
export function registrantPresence(
  registrants: readonly Registrant[],
  records: readonly PresenceRecord[],
): RegistrantPresence {
  const states = new Map(records.map((r) => [r.aadObjectId.toLowerCase(), r.state]));
  const presence: RegistrantPresence = {};
  for (const registrant of registrants) {
    const state = states.get(registrant.aadObjectId.toLowerCase());
    if (state) presence[registrant.id] = state;
  }
  return presence;
}

function isCurrent(entry: QueueEntry): boolean {
  switch (entry.status) {
    case 'waiting':
    case 'speaking':
      return true;
    case 'done':
    case 'withdrawn':
      return false;
  }
}
