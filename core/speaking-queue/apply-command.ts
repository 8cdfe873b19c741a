import { add, requestFloor } from './request-ops';
import { move, remove, setAllottedTime, setEntryQuestion, withdraw } from './entry-ops';
import { closeList, openList, setCurrentQuestion } from './list-ops';
import { place, publish } from './placement-ops';
import type { QueueCommand } from './queue-commands';
import { isQueueCommand, isSelfCommand } from './queue-commands';
import type { OpOutcome } from './queue-op';
import { refuse, type CommandResult, type Refusal } from './queue-result';
import type { Actor, AuditRecord, SpeakingQueue } from './queue-types';
import { callNext, finishTurn, pauseTimer, resumeTimer, startTimer } from './turn-ops';
import { undoLast, withUndoRecord } from './undo';

/**
 * The one entry point of the speaking queue: checks who may act, refuses a command based on an
 * older version (`stale`), then applies it. An accepted command increments the version once
 * and yields an audit record; a refused one hands back the very same state object.
 */
export function applyCommand(
  state: SpeakingQueue,
  command: QueueCommand,
  actor: Actor,
  now: Date,
): CommandResult {
  const refusal = precheck(state, command, actor);
  if (refusal) return { ...refusal, state };
  const outcome = dispatch(state, command, actor, now.getTime());
  if (!outcome.ok) return { ...outcome, state };
  const version = state.version + 1;
  const at = now.toISOString();
  let next: SpeakingQueue = { ...outcome.state, version };
  // Undo keeps the earlier revisions of what it restores, so older undo records still match.
  if (command.type !== 'undo') next = stampRevisions(state, next);
  // Publishing sends messages that cannot be taken back: undo goes past it to the chair's last change.
  if (command.type !== 'undo' && command.type !== 'publish' && !isSelfCommand(command.type)) {
    next = withUndoRecord(state, next, { action: command.type, at, actorName: actor.name });
  }
  const audit: AuditRecord = {
    meetingId: state.meetingId,
    sessionId: state.sessionId,
    version,
    at,
    actor: { role: actor.role, userId: actor.userId, name: actor.name },
    action: command.type,
    ...(outcome.entryId ? { entryId: outcome.entryId } : {}),
    detail: outcome.detail,
  };
  return { ok: true, state: next, audit, events: outcome.events ?? [] };
}

/** Who may act, and on which version, before anything about the command itself. */
function precheck(state: SpeakingQueue, command: QueueCommand, actor: Actor): Refusal | undefined {
  if (!isQueueCommand(command)) return refuse('invalid', 'queue.error.unknownCommand');
  if (!isSelfCommand(command.type) && actor.role !== 'chair') {
    return refuse('forbidden', 'queue.error.chairOnly');
  }
  if (command.baseVersion !== state.version) {
    const baseVersion = typeof command.baseVersion === 'number' ? command.baseVersion : '?';
    return refuse('stale', 'queue.error.staleVersion', { version: state.version, baseVersion });
  }
  return undefined;
}

function dispatch(
  state: SpeakingQueue,
  command: QueueCommand,
  actor: Actor,
  now: number,
): OpOutcome {
  switch (command.type) {
    case 'requestFloor':
      return requestFloor(state, command, actor, now);
    case 'withdraw':
      return withdraw(state, command, actor, now);
    case 'add':
      return add(state, command, actor, now);
    case 'remove':
      return remove(state, command, actor, now);
    case 'move':
      return move(state, command, actor, now);
    case 'setAllottedTime':
      return setAllottedTime(state, command, actor, now);
    case 'setEntryQuestion':
      return setEntryQuestion(state, command, actor, now);
    case 'callNext':
      return callNext(state, command, actor, now);
    case 'startTimer':
      return startTimer(state, command, actor, now);
    case 'pauseTimer':
      return pauseTimer(state, command, actor, now);
    case 'resumeTimer':
      return resumeTimer(state, command, actor, now);
    case 'finishTurn':
      return finishTurn(state, command, actor, now);
    case 'setCurrentQuestion':
      return setCurrentQuestion(state, command, actor, now);
    case 'openList':
      return openList(state, command, actor, now);
    case 'closeList':
      return closeList(state, command, actor, now);
    case 'undo':
      return undoLast(state);
    case 'place':
      return place(state, command, actor, now);
    case 'publish':
      return publish(state, command, actor, now);
  }
}

/** Marks every entry the command created or changed with the new version. */
function stampRevisions(prev: SpeakingQueue, next: SpeakingQueue): SpeakingQueue {
  const before = new Set(prev.entries);
  const entries = next.entries.map((e) => (before.has(e) ? e : { ...e, revision: next.version }));
  return { ...next, entries };
}
