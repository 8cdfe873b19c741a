import type { OpOutcome, Op } from './queue-op';
import { QUEUE_LIMITS } from './queue-limits';
import { refuse } from './queue-result';
import type { QueueEntry, SpeakingQueue } from './queue-types';
import { checkAllotted, checkPosition, checkRequest, checkSpeaker } from './queue-validation';
import { waitingEntries } from './queue-views';
import { placedRegistrations, type PlaceCandidate } from './speaker-pool';

/**
 * The chair places entries of the "to be placed" pool on the provisional list, in the order
 * given, as one block at `position` (the end by default): one undoable action however many.
 * Anyone withdrawn, declined, not (yet) confirmed, not wishing to speak or already on the
 * list is refused by name, and then nobody is placed.
 */
export const place: Op<'place'> = (state, command, _actor, now) => {
  const given: unknown = command.candidates;
  if (!Array.isArray(given) || given.length === 0) {
    return refuse('invalid', 'speakers.error.nothingSelected');
  }
  const candidates = given as PlaceCandidate[];
  if (state.entries.length + candidates.length > QUEUE_LIMITS.entries) {
    return refuse('conflict', 'queue.error.listFull', { max: QUEUE_LIMITS.entries });
  }
  const last = waitingEntries(state).length + 1;
  const position = checkPosition(command.position ?? last, last);
  if (!position.ok) return position;
  const onList = placedRegistrations(state);
  const entries: QueueEntry[] = [];
  for (const [i, candidate] of candidates.entries()) {
    const refusal = unplaceable(candidate, onList);
    if (refusal) return refusal;
    onList.add(candidate.registrationId);
    const entry = entryOf(state, candidate, `e${state.nextEntryNumber + i}`, now);
    if (!entry.ok) return entry;
    entries.push(entry.value);
  }
  const next: SpeakingQueue = {
    ...state,
    entries: insertBlock(state, entries, position.value),
    nextEntryNumber: state.nextEntryNumber + entries.length,
  };
  const first = entries[0]!;
  const detail = { count: entries.length, position: position.value, first: first.speaker.name };
  return { ok: true, state: next, ...(entries.length === 1 ? { entryId: first.id } : {}), detail };
};

/** The chair publishes the list: every registrant waiting on it is told their place. */
export const publish: Op<'publish'> = (state, _command, _actor, now) => {
  const placed = waitingEntries(state).filter((e) => e.speaker.registrationId !== undefined);
  if (placed.length === 0) return refuse('conflict', 'speakers.error.nothingToPublish');
  const published = { version: state.version + 1, at: new Date(now).toISOString() };
  return {
    ok: true,
    state: { ...state, published },
    detail: { count: placed.length },
    events: [{ type: 'listPublished' }],
  };
};

/** Why a candidate cannot be placed, if it cannot. */
function unplaceable(candidate: PlaceCandidate, onList: Set<string>): OpOutcome | undefined {
  const name = String(candidate?.speaker?.name ?? '').slice(0, 200);
  switch (candidate?.status) {
    case 'confirmed':
      break;
    case 'withdrawn':
      return refuse('conflict', 'speakers.error.withdrawn', { name });
    case 'declined':
      return refuse('conflict', 'speakers.error.declined', { name });
    case 'pending':
    case 'waitlisted':
      return refuse('conflict', 'speakers.error.notConfirmed', { name });
    default:
      return refuse('invalid', 'speakers.error.notConfirmed', { name });
  }
  if (!candidate.wishesToSpeak) return refuse('conflict', 'speakers.error.notWishing', { name });
  if (onList.has(candidate.registrationId)) {
    return refuse('conflict', 'speakers.error.alreadyPlaced', { name });
  }
  return undefined;
}

function entryOf(
  state: SpeakingQueue,
  candidate: PlaceCandidate,
  id: string,
  now: number,
): { ok: true; value: QueueEntry } | Extract<OpOutcome, { ok: false }> {
  const speaker = checkSpeaker(candidate.speaker);
  if (!speaker.ok) return speaker;
  const request = checkRequest(state, { onBehalfOf: candidate.onBehalfOf });
  if (!request.ok) return request;
  const allotted = checkAllotted(candidate.allottedSeconds);
  if (!allotted.ok) return allotted;
  const value: QueueEntry = {
    id,
    speaker: speaker.value,
    ...request.value,
    status: 'waiting',
    allottedSeconds: allotted.value,
    timer: { phase: 'ready', startedAt: null, elapsedBeforeMs: 0 },
    addedBy: 'chair',
    requestedAt: now,
    revision: state.version,
    profile: { ...candidate.profile },
  };
  return { ok: true, value };
}

/** The entries with `block` inserted so that its first is the `position`-th waiting turn. */
function insertBlock(state: SpeakingQueue, block: QueueEntry[], position: number): QueueEntry[] {
  const before = waitingEntries(state)[position - 1];
  const index = before ? state.entries.indexOf(before) : state.entries.length;
  return [...state.entries.slice(0, index), ...block, ...state.entries.slice(index)];
}
