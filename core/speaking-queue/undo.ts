import type { OpOutcome } from './queue-op';
import { QUEUE_LIMITS } from './queue-limits';
import { refuse } from './queue-result';
import type { QueueEntry, SpeakingQueue, UndoRecord } from './queue-types';
import { samePerson } from './person-key';

/**
 * Keeps what is needed to undo the chair action that turned `prev` into `next`: earlier values
 * of the entries it changed (found by reference: operations copy only what they change), the
 * ids it created, and the order only if it reordered the list. Oldest records drop off.
 */
export function withUndoRecord(
  prev: SpeakingQueue,
  next: SpeakingQueue,
  record: Pick<UndoRecord, 'action' | 'at' | 'actorName'>,
): SpeakingQueue {
  const before = new Map(prev.entries.map((e) => [e.id, e]));
  const changed = next.entries.flatMap((e) => {
    const old = before.get(e.id);
    return old && old !== e ? [old] : [];
  });
  const added = next.entries.filter((e) => !before.has(e.id)).map((e) => e.id);
  const prevOrder = prev.entries.map((e) => e.id);
  const keptOrder = next.entries.filter((e) => before.has(e.id)).map((e) => e.id);
  const reordered = prevOrder.some((id, i) => keptOrder[i] !== id);
  const entry: UndoRecord = {
    ...record,
    version: next.version,
    isOpen: prev.isOpen,
    currentQuestionId: prev.currentQuestionId,
    changed,
    added,
    ...(reordered ? { orderBefore: prevOrder } : {}),
  };
  return { ...next, undo: [...prev.undo, entry].slice(-QUEUE_LIMITS.undoDepth) };
}

/**
 * Reverts the last chair action. Requests and withdrawals made since by attendees are kept;
 * if one of them touched a turn the action changed, or would make someone wait twice, the
 * undo is refused rather than silently losing it.
 */
export function undoLast(state: SpeakingQueue): OpOutcome {
  const record = state.undo[state.undo.length - 1];
  if (!record) return refuse('conflict', 'queue.error.nothingToUndo');
  const touched = [...record.changed.map((e) => e.id), ...record.added];
  const since = state.entries.find((e) => touched.includes(e.id) && e.revision !== record.version);
  if (since) {
    return refuse('conflict', 'queue.error.undoConflict', {
      action: record.action,
      name: since.speaker.name,
    });
  }
  const restored = new Map(record.changed.map((e) => [e.id, e]));
  const kept = state.entries
    .filter((e) => !record.added.includes(e.id))
    .map((e) => restored.get(e.id) ?? e);
  const entries = record.orderBefore ? reorder(kept, record.orderBefore) : kept;
  const twice = waitingTwice(entries, record.changed);
  if (twice) {
    return refuse('conflict', 'queue.error.undoWouldDuplicate', {
      action: record.action,
      name: twice.speaker.name,
    });
  }
  const next: SpeakingQueue = {
    ...state,
    entries,
    isOpen: record.isOpen,
    currentQuestionId: record.currentQuestionId,
    undo: state.undo.slice(0, -1),
  };
  const detail = {
    undoneAction: record.action,
    undoneVersion: record.version,
    undoneAt: record.at,
  };
  return { ok: true, state: next, detail };
}

/** Entries in their earlier order; those created since were appended and stay at the end. */
function reorder(entries: QueueEntry[], orderBefore: string[]): QueueEntry[] {
  const rank = new Map(orderBefore.map((id, i) => [id, i]));
  const known = entries.filter((e) => rank.has(e.id));
  known.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return [...known, ...entries.filter((e) => !rank.has(e.id))];
}

/** A restored waiting turn whose speaker also waits in another turn, if any. */
function waitingTwice(entries: QueueEntry[], restored: QueueEntry[]): QueueEntry | undefined {
  const waiting = entries.filter((e) => e.status === 'waiting');
  return restored.find(
    (r) =>
      r.status === 'waiting' &&
      waiting.some((w) => w.id !== r.id && samePerson(w.speaker, r.speaker)),
  );
}
