import type { QueueEntry, SpeakingQueue, TimerPhase, TurnTimer } from './queue-types';
import { speakingEntry } from './queue-views';

/** The countdown every screen shows; `remainingMs` goes negative once the speaker overruns. */
export interface TimerView {
  entryId: string;
  phase: TimerPhase;
  allottedMs: number;
  elapsedMs: number;
  remainingMs: number;
  overrunMs: number;
}

/** Time spoken in a turn at `now` (epoch ms); a clock behind the start counts as no time. */
export function elapsedMs(timer: TurnTimer, now: number): number {
  if (timer.phase !== 'running' || timer.startedAt === null) return timer.elapsedBeforeMs;
  return timer.elapsedBeforeMs + Math.max(0, now - timer.startedAt);
}

/** The countdown of the current speaker at `now`, or null when nobody has the floor. */
export function timerView(state: SpeakingQueue, now: Date): TimerView | null {
  const entry = speakingEntry(state);
  return entry ? turnTimerView(entry, now) : null;
}

/** The countdown of one turn at `now`; for a finished turn, the time it used. */
export function turnTimerView(entry: QueueEntry, now: Date): TimerView {
  const allottedMs = entry.allottedSeconds * 1000;
  const elapsed = elapsedMs(entry.timer, now.getTime());
  const remainingMs = allottedMs - elapsed;
  return {
    entryId: entry.id,
    phase: entry.timer.phase,
    allottedMs,
    elapsedMs: elapsed,
    remainingMs,
    overrunMs: Math.max(0, -remainingMs),
  };
}

/** Starts or resumes a run at `now`. */
export function runTimer(timer: TurnTimer, now: number): TurnTimer {
  return { phase: 'running', startedAt: now, elapsedBeforeMs: timer.elapsedBeforeMs };
}

/** Banks the current run (if any) and leaves the timer paused or stopped. */
export function haltTimer(timer: TurnTimer, now: number, phase: 'paused' | 'stopped'): TurnTimer {
  return { phase, startedAt: null, elapsedBeforeMs: elapsedMs(timer, now) };
}
