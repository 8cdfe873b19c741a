import type { Op, OpOutcome } from './queue-op';
import { speakerDetail } from './queue-op';
import { QUEUE_LIMITS } from './queue-limits';
import { refuse } from './queue-result';
import type {
  Actor,
  EntryProfile,
  EntryVia,
  OnBehalfOf,
  QueueEntry,
  Speaker,
  SpeakingQueue,
} from './queue-types';
import {
  checkAllotted,
  checkPosition,
  checkRequest,
  checkSpeaker,
  type Checked,
  type CleanRequest,
} from './queue-validation';
import { waitingEntries } from './queue-views';
import { samePerson } from './person-key';

/** A registrant asks for the floor for themselves, while the list is open. */
export const requestFloor: Op<'requestFloor'> = (state, command, actor, now) => {
  if (!actor.registrationId) return refuse('forbidden', 'queue.error.notRegistered');
  if (!state.isOpen) return refuse('conflict', 'queue.error.listClosed');
  const speaker = checkSpeaker({
    registrationId: actor.registrationId,
    name: actor.name,
    organization: actor.organization ?? '',
  });
  if (!speaker.ok) return speaker;
  const request = checkRequest(state, command);
  if (!request.ok) return request;
  const onBehalfOf = registeredBehalf(request.value.onBehalfOf, actor);
  if (!onBehalfOf.ok) return onBehalfOf;
  const turn = {
    ...request.value,
    onBehalfOf: onBehalfOf.value,
    speaker: speaker.value,
    allottedSeconds: state.defaultSpeakingSeconds,
    ...(actor.profile ? { profile: actor.profile } : {}),
  };
  return insertTurn(state, turn, actor.via ?? 'sidePanel', waitingEntries(state).length + 1, now);
};

/**
 * A registrant speaks for their own organization or for the group they registered to speak
 * for, named as registered (spaces and case aside); the list then shows the group and members
 * the chair's team saw at registration, not ones typed now. Only the chair adds anyone else.
 */
function registeredBehalf(asked: OnBehalfOf, actor: Actor): Checked<OnBehalfOf> {
  if (asked.kind === 'ownOrganization') return { ok: true, value: asked };
  const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  const registered = actor.group;
  if (!registered || key(registered.name) !== key(asked.name))
    return refuse('forbidden', 'queue.error.onBehalfNotRegistered', { group: asked.name });
  return { ok: true, value: { kind: 'group', name: registered.name, members: registered.members } };
}

/**
 * The chair puts someone on the list, registered or not, even once the list is closed, with
 * more time if need be (a group statement) and at a chosen place (end of the list by default).
 */
export const add: Op<'add'> = (state, command, _actor, now) => {
  const speaker = checkSpeaker(command.speaker);
  if (!speaker.ok) return speaker;
  const request = checkRequest(state, command);
  if (!request.ok) return request;
  const allotted = checkAllotted(command.allottedSeconds ?? state.defaultSpeakingSeconds);
  if (!allotted.ok) return allotted;
  const last = waitingEntries(state).length + 1;
  const position = checkPosition(command.position ?? last, last);
  if (!position.ok) return position;
  const turn = { ...request.value, speaker: speaker.value, allottedSeconds: allotted.value };
  return insertTurn(state, turn, 'chair', position.value, now);
};

interface NewTurn extends CleanRequest {
  speaker: Speaker;
  allottedSeconds: number;
  profile?: EntryProfile;
}

function insertTurn(
  state: SpeakingQueue,
  turn: NewTurn,
  via: EntryVia,
  position: number,
  now: number,
): OpOutcome {
  if (waitingEntries(state).some((e) => samePerson(e.speaker, turn.speaker))) {
    return refuse('conflict', 'queue.error.alreadyWaiting', { name: turn.speaker.name });
  }
  if (state.entries.length >= QUEUE_LIMITS.entries) {
    return refuse('conflict', 'queue.error.listFull', { max: QUEUE_LIMITS.entries });
  }
  const entry: QueueEntry = {
    id: `e${state.nextEntryNumber}`,
    ...turn,
    status: 'waiting',
    timer: { phase: 'ready', startedAt: null, elapsedBeforeMs: 0 },
    addedBy: via === 'chair' ? 'chair' : 'self',
    via,
    requestedAt: now,
    revision: state.version,
  };
  const next: SpeakingQueue = {
    ...state,
    entries: insertAt(state, entry, position),
    nextEntryNumber: state.nextEntryNumber + 1,
  };
  const detail = {
    ...speakerDetail(entry),
    position,
    kind: entry.kind,
    questionId: entry.questionId,
    onBehalfOf: entry.onBehalfOf.kind === 'group' ? entry.onBehalfOf.name : null,
    allottedSeconds: entry.allottedSeconds,
  };
  return { ok: true, state: next, entryId: entry.id, detail };
}

/**
 * The entries with `entry` placed so that it is the `position`-th waiting turn. A turn placed
 * last goes to the very end, so the list only ever grows at its end (undo relies on it).
 */
export function insertAt(state: SpeakingQueue, entry: QueueEntry, position: number): QueueEntry[] {
  const entries = state.entries.filter((e) => e.id !== entry.id);
  const before = entries.filter((e) => e.status === 'waiting')[position - 1];
  const index = before ? entries.indexOf(before) : entries.length;
  return [...entries.slice(0, index), entry, ...entries.slice(index)];
}
