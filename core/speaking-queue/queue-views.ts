import { personKey } from './person-key';
import type { EntryVia, QueueEntry, SpeakingQueue } from './queue-types';

/** The waiting turns in speaking order. */
export function waitingEntries(state: SpeakingQueue): QueueEntry[] {
  return state.entries.filter((e) => e.status === 'waiting');
}

/** The next `count` speakers, for the stage view and "you are up next" notices. */
export function upcoming(state: SpeakingQueue, count: number): QueueEntry[] {
  return waitingEntries(state).slice(0, Math.max(0, count));
}

/** A person's 1-based place among the waiting turns (see `personKey`), or null if not waiting. */
export function positionOf(state: SpeakingQueue, key: string): number | null {
  const index = waitingEntries(state).findIndex((e) => personKey(e.speaker) === key);
  return index < 0 ? null : index + 1;
}

/** The turn now at the microphone, if any. */
export function speakingEntry(state: SpeakingQueue): QueueEntry | undefined {
  return state.entries.find((e) => e.status === 'speaking');
}

/** The entry with this id, if any. */
export function findEntry(state: SpeakingQueue, entryId: string): QueueEntry | undefined {
  return state.entries.find((e) => e.id === entryId);
}

/** The chair action an undo would revert now, for the label of the undo button. */
export function nextUndo(state: SpeakingQueue): { action: string; at: string } | null {
  const last = state.undo[state.undo.length - 1];
  return last ? { action: last.action, at: last.at } : null;
}

/**
 * The state as screens receive it: the undo history holds before-copies of entries that only
 * the server needs, and would make every streamed update several times larger. Screens keep
 * what `nextUndo` shows (the last action's name and time).
 */
export function forScreens(state: SpeakingQueue): SpeakingQueue {
  const last = state.undo[state.undo.length - 1];
  if (!last) return state;
  const { orderBefore: _order, ...summary } = last;
  return { ...state, undo: [{ ...summary, changed: [], added: [] }] };
}

/** How an entry was asked for, including entries saved before `via` was kept. */
export function viaOf(entry: Pick<QueueEntry, 'via' | 'addedBy'>): EntryVia {
  return entry.via ?? (entry.addedBy === 'chair' ? 'chair' : 'sidePanel');
}
