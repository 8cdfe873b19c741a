import type { Op, OpOutcome } from './queue-op';
import { speakerDetail, withEntry } from './queue-op';
import { refuse } from './queue-result';
import type { QueueEntry, QueueEvent, SpeakingQueue, TimerPhase } from './queue-types';
import { speakingEntry, waitingEntries } from './queue-views';
import { haltTimer, runTimer } from './timer';

/**
 * The chair gives the floor to the first waiting speaker, ending the current turn if any.
 * The timer waits for the chair to start it, once the speaker's microphone is on. A turn
 * without a chosen guiding question takes the one under discussion now, for the summary.
 */
export const callNext: Op<'callNext'> = (state, _command, _actor, now) => {
  const [next, after] = waitingEntries(state);
  if (!next) return refuse('conflict', 'queue.error.nobodyWaiting');
  const current = speakingEntry(state);
  const ended = current ? withEntry(state, endTurn(current, now)) : state;
  const questionId = next.questionId ?? state.currentQuestionId;
  const called = withEntry(ended, { ...next, status: 'speaking', questionId });
  const events: QueueEvent[] = [{ type: 'nowSpeaking', entryId: next.id }];
  if (after) events.push({ type: 'upNext', entryId: after.id });
  const detail = { ...speakerDetail(next), endedEntryId: current?.id ?? null };
  return { ok: true, state: called, entryId: next.id, detail, events };
};

/** The chair ends the current turn; the time used is kept on the entry. */
export const finishTurn: Op<'finishTurn'> = (state, _command, _actor, now) =>
  withSpeaker(state, (entry) => {
    const done = endTurn(entry, now);
    return { entry: done, detail: { usedMs: done.timer.elapsedBeforeMs } };
  });

export const startTimer: Op<'startTimer'> = (state, _command, _actor, now) =>
  timerStep(state, 'ready', 'queue.error.timerAlreadyStarted', (e) => runTimer(e.timer, now));

export const pauseTimer: Op<'pauseTimer'> = (state, _command, _actor, now) =>
  timerStep(state, 'running', 'queue.error.timerNotRunning', (e) =>
    haltTimer(e.timer, now, 'paused'),
  );

export const resumeTimer: Op<'resumeTimer'> = (state, _command, _actor, now) =>
  timerStep(state, 'paused', 'queue.error.timerNotPaused', (e) => runTimer(e.timer, now));

function endTurn(entry: QueueEntry, now: number): QueueEntry {
  return { ...entry, status: 'done', timer: haltTimer(entry.timer, now, 'stopped') };
}

function timerStep(
  state: SpeakingQueue,
  from: TimerPhase,
  wrongPhaseKey:
    | 'queue.error.timerAlreadyStarted'
    | 'queue.error.timerNotRunning'
    | 'queue.error.timerNotPaused',
  step: (entry: QueueEntry) => QueueEntry['timer'],
): OpOutcome {
  const entry = speakingEntry(state);
  if (entry && entry.timer.phase !== from) return refuse('conflict', wrongPhaseKey);
  return withSpeaker(state, (e) => {
    const timer = step(e);
    return { entry: { ...e, timer }, detail: { elapsedMs: timer.elapsedBeforeMs } };
  });
}

function withSpeaker(
  state: SpeakingQueue,
  change: (entry: QueueEntry) => { entry: QueueEntry; detail: Record<string, number> },
): OpOutcome {
  const entry = speakingEntry(state);
  if (!entry) return refuse('conflict', 'queue.error.nobodySpeaking');
  const changed = change(entry);
  const detail = { ...speakerDetail(entry), ...changed.detail };
  return { ok: true, state: withEntry(state, changed.entry), entryId: entry.id, detail };
}
