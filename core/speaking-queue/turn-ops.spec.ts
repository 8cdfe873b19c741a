import { timerView } from './timer';
import {
  accept,
  apply,
  at,
  deepFreeze,
  waitingNames,
  withRequests,
} from '../testing/queue-fixtures';

describe('callNext', () => {
  it('gives the floor to the first waiting speaker and says who is up next', () => {
    const { state, events, audit } = accept(withRequests(3), { type: 'callNext' });
    expect(state.entries.map((e) => e.status)).toEqual(['speaking', 'waiting', 'waiting']);
    expect(events).toEqual([
      { type: 'nowSpeaking', entryId: 'e1' },
      { type: 'upNext', entryId: 'e2' },
    ]);
    expect(audit).toMatchObject({ entryId: 'e1', detail: { endedEntryId: null } });
  });

  it('ends the current turn, keeping the time it used', () => {
    let state = accept(withRequests(2), { type: 'callNext' }).state;
    state = accept(state, { type: 'startTimer' }, undefined, at(0)).state;
    const { state: next, audit } = accept(state, { type: 'callNext' }, undefined, at(95));
    expect(next.entries[0]).toMatchObject({
      status: 'done',
      timer: { phase: 'stopped', startedAt: null, elapsedBeforeMs: 95000 },
    });
    expect(next.entries[1]).toMatchObject({ status: 'speaking', timer: { phase: 'ready' } });
    expect(audit.detail).toMatchObject({ endedEntryId: 'e1' });
  });

  it('when nobody is waiting, then it is refused and the speaker keeps the floor', () => {
    const state = deepFreeze(accept(withRequests(1), { type: 'callNext' }).state);
    const result = apply(state, { type: 'callNext' });
    expect(result).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key: 'queue.error.nobodyWaiting' },
    });
    expect(result.state).toBe(state);
  });
});

describe('finishTurn', () => {
  it('ends the turn with the time used and leaves nobody at the microphone', () => {
    let state = accept(withRequests(2), { type: 'callNext' }).state;
    state = accept(state, { type: 'startTimer' }, undefined, at(0)).state;
    const { state: next, audit } = accept(state, { type: 'finishTurn' }, undefined, at(200));
    expect(next.entries[0]?.status).toBe('done');
    expect(timerView(next, at(300))).toBeNull();
    expect(waitingNames(next)).toEqual(['Person 2']);
    expect(audit.detail).toMatchObject({ usedMs: 200000 });
  });

  it('when nobody is speaking, then it is refused', () => {
    expect(apply(withRequests(1), { type: 'finishTurn' })).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key: 'queue.error.nobodySpeaking' },
    });
  });
});

describe('timer commands', () => {
  const speaking = () => accept(withRequests(2), { type: 'callNext' }).state;

  it('stores the start and the banked time, never a ticking counter', () => {
    let state = accept(speaking(), { type: 'startTimer' }, undefined, at(10)).state;
    expect(state.entries[0]?.timer).toEqual({
      phase: 'running',
      startedAt: at(10).getTime(),
      elapsedBeforeMs: 0,
    });
    state = accept(state, { type: 'pauseTimer' }, undefined, at(40)).state;
    expect(state.entries[0]?.timer).toEqual({
      phase: 'paused',
      startedAt: null,
      elapsedBeforeMs: 30000,
    });
    state = accept(state, { type: 'resumeTimer' }, undefined, at(100)).state;
    expect(state.entries[0]?.timer).toEqual({
      phase: 'running',
      startedAt: at(100).getTime(),
      elapsedBeforeMs: 30000,
    });
  });

  it.each([
    ['startTimer', 'a running timer', 'queue.error.timerAlreadyStarted', ['startTimer']],
    [
      'startTimer',
      'a paused timer',
      'queue.error.timerAlreadyStarted',
      ['startTimer', 'pauseTimer'],
    ],
    ['pauseTimer', 'a timer not started', 'queue.error.timerNotRunning', []],
    ['pauseTimer', 'a paused timer', 'queue.error.timerNotRunning', ['startTimer', 'pauseTimer']],
    ['resumeTimer', 'a running timer', 'queue.error.timerNotPaused', ['startTimer']],
    ['resumeTimer', 'a timer not started', 'queue.error.timerNotPaused', []],
  ] as const)('refuses %s on %s', (type, _case, key, before) => {
    let state = speaking();
    for (const step of before) state = accept(state, { type: step }).state;
    state = deepFreeze(state);
    const result = apply(state, { type });
    expect(result).toMatchObject({ ok: false, status: 'conflict', error: { key } });
    expect(result.state).toBe(state);
  });

  it.each(['startTimer', 'pauseTimer', 'resumeTimer'] as const)(
    'refuses %s when nobody is speaking',
    (type) => {
      expect(apply(withRequests(1), { type })).toMatchObject({
        ok: false,
        error: { key: 'queue.error.nobodySpeaking' },
      });
    },
  );
});
