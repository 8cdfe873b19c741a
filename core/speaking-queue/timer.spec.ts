import type { TurnTimer } from './queue-types';
import { elapsedMs, timerView } from './timer';
import { accept, at, withRequests } from '../testing/queue-fixtures';

describe('timerView', () => {
  const called = () => accept(withRequests(2), { type: 'callNext' }).state;

  it('is null when nobody has the floor', () => {
    expect(timerView(withRequests(1), at(0))).toBeNull();
  });

  it('shows the full allotted time before the chair starts the timer', () => {
    expect(timerView(called(), at(500))).toEqual({
      entryId: 'e1',
      phase: 'ready',
      allottedMs: 180000,
      elapsedMs: 0,
      remainingMs: 180000,
      overrunMs: 0,
    });
  });

  it('gives every screen the same countdown for the same clock', () => {
    const state = accept(called(), { type: 'startTimer' }, undefined, at(0)).state;
    const copy = JSON.parse(JSON.stringify(state));
    expect(timerView(copy, at(61.5))).toEqual(timerView(state, at(61.5)));
    expect(timerView(state, at(61.5))?.remainingMs).toBe(118500);
  });

  it('does not count paused time, and counts again after resuming', () => {
    let state = accept(called(), { type: 'startTimer' }, undefined, at(0)).state;
    state = accept(state, { type: 'pauseTimer' }, undefined, at(50)).state;
    expect(timerView(state, at(1000))).toMatchObject({
      phase: 'paused',
      elapsedMs: 50000,
      remainingMs: 130000,
    });
    state = accept(state, { type: 'resumeTimer' }, undefined, at(1000)).state;
    state = accept(state, { type: 'pauseTimer' }, undefined, at(1020)).state;
    state = accept(state, { type: 'resumeTimer' }, undefined, at(2000)).state;
    expect(timerView(state, at(2010))).toMatchObject({
      phase: 'running',
      elapsedMs: 80000,
      remainingMs: 100000,
      overrunMs: 0,
    });
  });

  it('shows the overrun as negative remaining time once the speaker runs over', () => {
    const state = accept(called(), { type: 'startTimer' }, undefined, at(0)).state;
    expect(timerView(state, at(180))).toMatchObject({ remainingMs: 0, overrunMs: 0 });
    expect(timerView(state, at(205))).toMatchObject({ remainingMs: -25000, overrunMs: 25000 });
  });

  it('follows a change of the allotted time during the turn', () => {
    let state = accept(called(), { type: 'startTimer' }, undefined, at(0)).state;
    state = accept(
      state,
      { type: 'setAllottedTime', entryId: 'e1', seconds: 300 },
      undefined,
      at(200),
    ).state;
    expect(timerView(state, at(200))).toMatchObject({
      allottedMs: 300000,
      remainingMs: 100000,
      overrunMs: 0,
    });
  });
});

describe('elapsedMs', () => {
  it('counts a clock that reads earlier than the start as no time rather than negative', () => {
    const timer: TurnTimer = { phase: 'running', startedAt: 10_000, elapsedBeforeMs: 4000 };
    expect(elapsedMs(timer, 9000)).toBe(4000);
    expect(elapsedMs(timer, 12_000)).toBe(6000);
  });

  it('ignores the start of a timer that is not running', () => {
    expect(elapsedMs({ phase: 'stopped', startedAt: null, elapsedBeforeMs: 7000 }, 99_000)).toBe(
      7000,
    );
  });
});
