import type { Registration, RegistrationStatus } from '../registration/registration';
import { unRegionalGroup } from '../registration/un-regional-groups';
import type { EntryProfile, OnBehalfOf, Speaker, SpeakingQueue } from './queue-types';
import { QUEUE_LIMITS } from './queue-limits';

/** A coalition's turn when the event file does not say: five minutes. */
export const DEFAULT_COALITION_SECONDS = 300;

/** Default turns of the provisional list: a person's (the session's) and a coalition's. */
export interface SpeakingTimes {
  individualSeconds: number;
  coalitionSeconds: number;
}

/**
 * One entry the chair may place on the provisional list (decision 029): a registrant, or a
 * coalition under its lead speaker (its earliest confirmed registrant), as the service reads
 * it from the registrations. The status travels with it so placing can refuse with a reason.
 */
export interface PlaceCandidate {
  registrationId: string;
  status: RegistrationStatus;
  wishesToSpeak: boolean;
  speaker: Speaker;
  onBehalfOf: OnBehalfOf;
  allottedSeconds: number;
  profile: EntryProfile;
  /** Other registrants of the same coalition, folded into this entry. */
  memberRegistrationIds: string[];
}

/** What the pool reads of a registration. */
export type PoolRegistration = Pick<
  Registration,
  | 'id'
  | 'givenName'
  | 'familyName'
  | 'organization'
  | 'category'
  | 'country'
  | 'status'
  | 'wishesToSpeak'
  | 'group'
  | 'createdAt'
>;

/**
 * Every registrant who wished to take the floor as a candidate entry, in order of
 * registration. Confirmed registrants of one coalition (its name, spaces and case aside)
 * become one entry: the earliest is the lead speaker, the others join its members. Anyone
 * not confirmed stays a candidate of their own, so that placing them is refused by name.
 */
export function placeCandidates(
  registrations: readonly PoolRegistration[],
  times: SpeakingTimes,
): PlaceCandidate[] {
  const ordered = registrations
    .filter((r) => r.wishesToSpeak)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const coalitions = new Map<string, PlaceCandidate>();
  const candidates: PlaceCandidate[] = [];
  for (const r of ordered) {
    const key = r.group && r.status === 'confirmed' ? coalitionKey(r.group.name) : undefined;
    const lead = key === undefined ? undefined : coalitions.get(key);
    if (lead) {
      joinCoalition(lead, r);
      continue;
    }
    const candidate = candidateOf(r, times);
    if (key !== undefined) coalitions.set(key, candidate);
    candidates.push(candidate);
  }
  return candidates;
}

/**
 * The "to be placed" pool: confirmed candidates not yet on the list (waiting, speaking or
 * done; a turn withdrawn or removed returns its speaker to the pool).
 */
export function speakerPool(
  candidates: readonly PlaceCandidate[],
  queue: SpeakingQueue,
): PlaceCandidate[] {
  const onList = placedRegistrations(queue);
  return candidates.filter((c) => c.status === 'confirmed' && !onList.has(c.registrationId));
}

/** Registrations with a turn on the list that is not withdrawn. */
export function placedRegistrations(queue: SpeakingQueue): Set<string> {
  return new Set(
    queue.entries.flatMap((e) =>
      e.status !== 'withdrawn' && e.speaker.registrationId ? [e.speaker.registrationId] : [],
    ),
  );
}

/** The defaults of a session's list: the session's turn, and the event's for coalitions. */
export function speakingTimesOf(
  queue: Pick<SpeakingQueue, 'defaultSpeakingSeconds'>,
  coalitionSeconds: number | undefined,
): SpeakingTimes {
  return {
    individualSeconds: queue.defaultSpeakingSeconds,
    coalitionSeconds: coalitionSeconds ?? DEFAULT_COALITION_SECONDS,
  };
}

function candidateOf(r: PoolRegistration, times: SpeakingTimes): PlaceCandidate {
  const coalition = r.group !== undefined;
  return {
    registrationId: r.id,
    status: r.status,
    wishesToSpeak: r.wishesToSpeak,
    speaker: {
      registrationId: r.id,
      name: `${r.givenName} ${r.familyName}`,
      organization: r.organization,
    },
    onBehalfOf: r.group
      ? { kind: 'group', name: r.group.name, members: [...r.group.members] }
      : { kind: 'ownOrganization' },
    allottedSeconds: coalition ? times.coalitionSeconds : times.individualSeconds,
    profile: { category: r.category, country: r.country, region: unRegionalGroup(r.country) },
    memberRegistrationIds: [],
  };
}

/** A co-registrant's organization joins the members once, within the members' limit. */
function joinCoalition(lead: PlaceCandidate, r: PoolRegistration): void {
  lead.memberRegistrationIds.push(r.id);
  if (lead.onBehalfOf.kind !== 'group') return;
  const members = lead.onBehalfOf.members;
  const known = new Set(members.map(coalitionKey));
  for (const name of [r.organization, ...(r.group?.members ?? [])]) {
    if (members.length >= QUEUE_LIMITS.groupMembers || known.has(coalitionKey(name))) continue;
    known.add(coalitionKey(name));
    members.push(name);
  }
}

function coalitionKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
