import type { CommandOf, QueueCommandType } from './queue-commands';
import type { Refusal } from './queue-result';
import type { Actor, AuditDetail, QueueEntry, QueueEvent, SpeakingQueue } from './queue-types';

/**
 * What one operation decides, before `applyCommand` bumps the version, stamps revisions,
 * keeps what undo needs and writes the audit record. Operations never see the version.
 */
export type OpOutcome =
  | { ok: true; state: SpeakingQueue; entryId?: string; detail: AuditDetail; events?: QueueEvent[] }
  | Refusal;

/** One operation of the queue; `now` is epoch ms. */
export type Op<T extends QueueCommandType> = (
  state: SpeakingQueue,
  command: CommandOf<T>,
  actor: Actor,
  now: number,
) => OpOutcome;

/** The state with one entry replaced by its new value (same id). */
export function withEntry(state: SpeakingQueue, entry: QueueEntry): SpeakingQueue {
  return { ...state, entries: state.entries.map((e) => (e.id === entry.id ? entry : e)) };
}

/** What the audit keeps about the person of an entry. */
export function speakerDetail(entry: QueueEntry): AuditDetail {
  return {
    name: entry.speaker.name,
    organization: entry.speaker.organization,
    registrationId: entry.speaker.registrationId ?? null,
  };
}
