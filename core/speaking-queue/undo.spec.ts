import { applyCommand } from './apply-command';
import { QUEUE_LIMITS } from './queue-limits';
import type { SpeakingQueue } from './queue-types';
import { nextUndo } from './queue-views';
import {
  CHAIR,
  CO_CHAIR,
  accept,
  apply,
  at,
  attendee,
  deepFreeze,
  waitingNames,
  withRequests,
} from '../testing/queue-fixtures';

/** What undo promises to restore: everything but the version and the id counter. */
function restorable(state: SpeakingQueue) {
  const { version: _v, nextEntryNumber: _n, ...rest } = state;
  return rest;
}

/** Three waiting, one speaking with a running timer, a question set: room for every action. */
function busyQueue(): SpeakingQueue {
  let state = withRequests(4);
  state = accept(state, { type: 'callNext' }, undefined, at(0)).state;
  state = accept(state, { type: 'startTimer' }, undefined, at(5)).state;
  return accept(state, { type: 'setCurrentQuestion', questionId: 'q1' }, undefined, at(6)).state;
}

describe('undo', () => {
  it.each([
    ['add', { type: 'add', speaker: { name: 'Guest', organization: 'Org' }, position: 1 }],
    ['remove', { type: 'remove', entryId: 'e3' }],
    ['move', { type: 'move', entryId: 'e4', position: 1 }],
    ['setAllottedTime', { type: 'setAllottedTime', entryId: 'e1', seconds: 600 }],
    ['callNext', { type: 'callNext' }],
    ['pauseTimer', { type: 'pauseTimer' }],
    ['finishTurn', { type: 'finishTurn' }],
    ['setCurrentQuestion', { type: 'setCurrentQuestion', questionId: 'q2' }],
    ['closeList', { type: 'closeList' }],
  ] as const)('restores the state from before %s', (_name, command) => {
    const before = deepFreeze(busyQueue());
    const changed = accept(before, command, undefined, at(60)).state;
    expect(restorable(changed)).not.toEqual(restorable(before));
    const undone = accept(changed, { type: 'undo' }, undefined, at(70)).state;
    expect(restorable(undone)).toEqual(restorable(before));
    expect(undone.version).toBe(before.version + 2);
  });

  it('restores the list opened again, the timer running and a turn that had been started', () => {
    let state = accept(busyQueue(), { type: 'closeList' }).state;
    state = accept(state, { type: 'openList' }).state;
    state = accept(state, { type: 'undo' }).state;
    expect(state.isOpen).toBe(false);
    const resumed = accept(
      accept(state, { type: 'pauseTimer' }, undefined, at(30)).state,
      { type: 'resumeTimer' },
      undefined,
      at(90),
    ).state;
    const undone = accept(resumed, { type: 'undo' }).state;
    expect(undone.entries[0]?.timer).toEqual({
      phase: 'paused',
      startedAt: null,
      elapsedBeforeMs: 25000,
    });
  });

  it('undoes chair actions one after another, most recent first, down to nothing', () => {
    const start = withRequests(3);
    const steps = [accept(start, { type: 'move', entryId: 'e3', position: 1 }).state];
    steps.push(accept(steps[0]!, { type: 'callNext' }).state);
    steps.push(accept(steps[1]!, { type: 'remove', entryId: 'e1' }).state);
    let state = steps[2]!;
    expect(waitingNames(state)).toEqual(['Person 2']);
    state = accept(state, { type: 'undo' }).state;
    expect(restorable(state)).toEqual(restorable(steps[1]!));
    state = accept(state, { type: 'undo' }).state;
    expect(restorable(state)).toEqual(restorable(steps[0]!));
    state = accept(state, { type: 'undo' }).state;
    expect(restorable(state)).toEqual(restorable(start));
    const result = apply(state, { type: 'undo' });
    expect(result).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key: 'queue.error.nothingToUndo' },
    });
    expect(result.state).toBe(state);
  });

  it('is audited with the action it reverted', () => {
    const moved = accept(
      withRequests(2),
      { type: 'move', entryId: 'e2', position: 1 },
      undefined,
      at(1),
    );
    const { audit } = accept(moved.state, { type: 'undo' }, CO_CHAIR, at(2));
    expect(audit).toMatchObject({
      action: 'undo',
      version: 4,
      actor: { role: 'chair', name: 'Co-chair Lars Berg' },
      detail: { undoneAction: 'move', undoneVersion: 3, undoneAt: at(1).toISOString() },
    });
  });

  it('tells the undo button what it would revert', () => {
    expect(nextUndo(withRequests(1))).toBeNull();
    const state = accept(withRequests(1), { type: 'closeList' }, undefined, at(3)).state;
    expect(nextUndo(state)).toEqual({ action: 'closeList', at: at(3).toISOString() });
  });

  it('does not undo what attendees did for themselves', () => {
    let state = accept(withRequests(1), { type: 'closeList' }).state;
    state = accept(state, { type: 'withdraw', entryId: 'e1' }, attendee(1)).state;
    state = accept(state, { type: 'undo' }).state;
    expect(state.isOpen).toBe(true);
    expect(state.entries[0]?.status).toBe('withdrawn');
  });

  it('keeps requests made since the chair action it reverts', () => {
    let state = accept(withRequests(3), { type: 'move', entryId: 'e3', position: 1 }).state;
    state = accept(state, { type: 'requestFloor' }, attendee(4)).state;
    state = accept(state, { type: 'withdraw', entryId: 'e1' }, attendee(1)).state;
    state = accept(state, { type: 'undo' }).state;
    expect(waitingNames(state)).toEqual(['Person 2', 'Person 3', 'Person 4']);
  });

  it('when the turn the chair changed was withdrawn since, then undo is refused and nothing changes', () => {
    let state = accept(withRequests(2), {
      type: 'setAllottedTime',
      entryId: 'e2',
      seconds: 300,
    }).state;
    state = deepFreeze(accept(state, { type: 'withdraw', entryId: 'e2' }, attendee(2)).state);
    const result = apply(state, { type: 'undo' });
    expect(result).toMatchObject({
      ok: false,
      status: 'conflict',
      error: {
        key: 'queue.error.undoConflict',
        params: { action: 'setAllottedTime', name: 'Person 2' },
      },
    });
    expect(result.state).toBe(state);
  });

  it('when the person removed has asked again since, then undo is refused so nobody waits twice', () => {
    let state = accept(withRequests(2), { type: 'remove', entryId: 'e1' }).state;
    state = accept(state, { type: 'requestFloor' }, attendee(1)).state;
    const result = apply(state, { type: 'undo' });
    expect(result).toMatchObject({
      ok: false,
      error: { key: 'queue.error.undoWouldDuplicate', params: { name: 'Person 1' } },
    });
  });

  it('never gives the id of an undone entry to a new one', () => {
    let state = accept(withRequests(1), {
      type: 'add',
      speaker: { name: 'G', organization: 'O' },
    }).state;
    state = accept(state, { type: 'undo' }).state;
    state = accept(state, { type: 'requestFloor' }, attendee(2)).state;
    expect(state.entries.map((e) => e.id)).toEqual(['e1', 'e3']);
  });

  it(`keeps only the last ${QUEUE_LIMITS.undoDepth} chair actions`, () => {
    let state = withRequests(1);
    for (let i = 0; i < QUEUE_LIMITS.undoDepth + 5; i += 1) {
      state = accept(state, { type: i % 2 === 0 ? 'closeList' : 'openList' }).state;
    }
    expect(state.undo).toHaveLength(QUEUE_LIMITS.undoDepth);
    for (let i = 0; i < QUEUE_LIMITS.undoDepth; i += 1)
      state = accept(state, { type: 'undo' }).state;
    expect(apply(state, { type: 'undo' })).toMatchObject({
      ok: false,
      error: { key: 'queue.error.nothingToUndo' },
    });
  });

  it('when two chairs undo on the same version, then the second is stale and undoes nothing more', () => {
    let state = accept(withRequests(2), { type: 'move', entryId: 'e2', position: 1 }).state;
    state = accept(state, { type: 'closeList' }).state;
    const first = applyCommand(state, { type: 'undo', baseVersion: state.version }, CHAIR, at(1));
    expect(first.ok).toBe(true);
    const second = applyCommand(
      first.state,
      { type: 'undo', baseVersion: state.version },
      CO_CHAIR,
      at(1),
    );
    expect(second).toMatchObject({ ok: false, status: 'stale' });
    expect(second.state).toBe(first.state);
    expect(waitingNames(second.state)).toEqual(['Person 2', 'Person 1']);
  });
});
