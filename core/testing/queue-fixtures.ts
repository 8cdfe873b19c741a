import { applyCommand } from '../speaking-queue/apply-command';
import { emptyQueue } from '../speaking-queue/empty-queue';
import type { QueueCommand } from '../speaking-queue/queue-commands';
import type { Accepted, CommandResult } from '../speaking-queue/queue-result';
import type { Actor, QueueEntry, SpeakingQueue } from '../speaking-queue/queue-types';

/** Shared builders for the speaking-queue specs. */
export const T0 = new Date('2024-05-14T13:00:00Z');

export function at(seconds: number): Date {
  return new Date(T0.getTime() + seconds * 1000);
}

export const CHAIR: Actor = { role: 'chair', userId: 'aad-chair', name: 'Chair Ama Owusu' };
export const CO_CHAIR: Actor = { role: 'chair', userId: 'aad-cochair', name: 'Co-chair Lars Berg' };

/** An attendee registered as `reg-<n>`. */
export function attendee(n: number, organization = `Org ${n}`): Actor {
  return {
    role: 'attendee',
    userId: `aad-${n}`,
    name: `Person ${n}`,
    registrationId: `reg-${n}`,
    organization,
  };
}

export function aQueue(): SpeakingQueue {
  return emptyQueue('meeting-1', {
    defaultSpeakingTimeSeconds: 180,
    guidingQuestions: [
      { id: 'q1', text: 'What works?' },
      { id: 'q2', text: 'What next?' },
    ],
  });
}

type Unbased = QueueCommand extends infer C
  ? C extends QueueCommand
    ? Omit<C, 'baseVersion'>
    : never
  : never;

/** Applies a command on the current version; the command must be accepted. */
export function accept(
  state: SpeakingQueue,
  command: Unbased,
  actor: Actor = CHAIR,
  now = T0,
): Accepted {
  const result = apply(state, command, actor, now);
  if (!result.ok) throw new Error(`refused ${command.type}: ${result.error.key}`);
  return result;
}

/** Applies a command on the current version, accepted or not. */
export function apply(
  state: SpeakingQueue,
  command: Unbased,
  actor: Actor = CHAIR,
  now = T0,
): CommandResult {
  return applyCommand(
    state,
    { ...command, baseVersion: state.version } as QueueCommand,
    actor,
    now,
  );
}

/** A queue in which attendees 1..n asked for the floor, in that order. */
export function withRequests(count: number, state = aQueue()): SpeakingQueue {
  let next = state;
  for (let n = 1; n <= count; n += 1)
    next = accept(next, { type: 'requestFloor' }, attendee(n)).state;
  return next;
}

/** Names of the waiting speakers in order. */
export function waitingNames(state: SpeakingQueue): string[] {
  return state.entries.filter((e) => e.status === 'waiting').map((e) => e.speaker.name);
}

/** Freezes a state all the way down, so a spec fails if anything writes into it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** A finished (or running) turn that used `seconds` by `now`, for speaking-time totals. */
export function aTurn(
  organization: string,
  seconds: number,
  group?: string,
  status: QueueEntry['status'] = 'done',
  now = Date.parse('2024-02-28T12:00:00Z'),
): QueueEntry {
  return {
    id: `t-${organization}-${seconds}`,
    speaker: { name: 'Someone', organization },
    onBehalfOf: group ? { kind: 'group', name: group, members: [] } : { kind: 'ownOrganization' },
    questionId: null,
    kind: 'statement',
    status,
    allottedSeconds: 180,
    timer:
      status === 'speaking'
        ? { phase: 'running', startedAt: now - seconds * 1000, elapsedBeforeMs: 0 }
        : { phase: 'stopped', startedAt: null, elapsedBeforeMs: seconds * 1000 },
    addedBy: 'self',
    requestedAt: now - 3_600_000,
    revision: 1,
  };
}
