import { insertAt } from './request-ops';
import type { Op, OpOutcome } from './queue-op';
import { speakerDetail, withEntry } from './queue-op';
import { refuse } from './queue-result';
import type { QueueEntry, SpeakingQueue } from './queue-types';
import { checkAllotted, checkPosition, checkQuestion } from './queue-validation';
import { findEntry, waitingEntries } from './queue-views';

/** A speaker takes back their own request while it is still waiting. */
export const withdraw: Op<'withdraw'> = (state, command, actor) => {
  const entry = findEntry(state, command.entryId);
  if (!entry) return notFound(command.entryId);
  const own = entry.speaker.registrationId !== undefined;
  if (!own || entry.speaker.registrationId !== actor.registrationId) {
    return refuse('forbidden', 'queue.error.notYourEntry');
  }
  return endWaiting(state, entry);
};

/** The chair takes a waiting turn off the list; the person is told. */
export const remove: Op<'remove'> = (state, command) => {
  const entry = findEntry(state, command.entryId);
  if (!entry) return notFound(command.entryId);
  const outcome = endWaiting(state, entry);
  if (!outcome.ok) return outcome;
  return { ...outcome, events: [{ type: 'removedByChair', entryId: entry.id }] };
};

/** The chair moves a waiting turn to another place among the waiting turns. */
export const move: Op<'move'> = (state, command) => {
  const entry = findEntry(state, command.entryId);
  if (!entry) return notFound(command.entryId);
  if (entry.status !== 'waiting') return notWaiting(entry);
  const waiting = waitingEntries(state);
  const position = checkPosition(command.position, waiting.length);
  if (!position.ok) return position;
  const from = waiting.indexOf(entry) + 1;
  const next = { ...state, entries: insertAt(state, entry, position.value) };
  return {
    ok: true,
    state: next,
    entryId: entry.id,
    detail: { ...speakerDetail(entry), from, to: position.value },
  };
};

/** The chair changes the time allotted to a turn not yet over, e.g. more for a group. */
export const setAllottedTime: Op<'setAllottedTime'> = (state, command) => {
  const entry = findEntry(state, command.entryId);
  if (!entry) return notFound(command.entryId);
  if (entry.status !== 'waiting' && entry.status !== 'speaking') {
    return refuse('conflict', 'queue.error.notWaitingOrSpeaking', { name: entry.speaker.name });
  }
  const seconds = checkAllotted(command.seconds);
  if (!seconds.ok) return seconds;
  const detail = { ...speakerDetail(entry), from: entry.allottedSeconds, to: seconds.value };
  const next = withEntry(state, { ...entry, allottedSeconds: seconds.value });
  return { ok: true, state: next, entryId: entry.id, detail };
};

/**
 * The chair corrects the guiding question of a turn, given or still to come, so that the
 * summary counts it under the question actually addressed. A withdrawn turn has none to fix.
 */
export const setEntryQuestion: Op<'setEntryQuestion'> = (state, command) => {
  const entry = findEntry(state, command.entryId);
  if (!entry) return notFound(command.entryId);
  if (entry.status === 'withdrawn') {
    return refuse('conflict', 'queue.error.turnWithdrawn', { name: entry.speaker.name });
  }
  const questionId = checkQuestion(state, command.questionId ?? null);
  if (!questionId.ok) return questionId;
  const detail = { ...speakerDetail(entry), from: entry.questionId, to: questionId.value };
  const next = withEntry(state, { ...entry, questionId: questionId.value });
  return { ok: true, state: next, entryId: entry.id, detail };
};

function endWaiting(state: SpeakingQueue, entry: QueueEntry): OpOutcome {
  if (entry.status !== 'waiting') return notWaiting(entry);
  const position = waitingEntries(state).indexOf(entry) + 1;
  const next = withEntry(state, { ...entry, status: 'withdrawn' });
  return {
    ok: true,
    state: next,
    entryId: entry.id,
    detail: { ...speakerDetail(entry), position },
  };
}

function notFound(entryId: string): OpOutcome {
  return refuse('notFound', 'queue.error.entryNotFound', {
    entryId: String(entryId).slice(0, 100),
  });
}

function notWaiting(entry: QueueEntry): OpOutcome {
  return refuse('conflict', 'queue.error.notWaiting', { name: entry.speaker.name });
}
