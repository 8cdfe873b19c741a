import {
  CHAIR,
  accept,
  apply,
  attendee,
  deepFreeze,
  waitingNames,
  withRequests,
} from '../testing/queue-fixtures';

describe('withdraw (self)', () => {
  it('takes back your own waiting request', () => {
    const { state, audit } = accept(
      withRequests(3),
      { type: 'withdraw', entryId: 'e2' },
      attendee(2),
    );
    expect(state.entries[1]?.status).toBe('withdrawn');
    expect(waitingNames(state)).toEqual(['Person 1', 'Person 3']);
    expect(audit).toMatchObject({ action: 'withdraw', entryId: 'e2', detail: { position: 2 } });
  });

  it("when an attendee withdraws someone else's request, then it is forbidden", () => {
    const state = deepFreeze(withRequests(2));
    const result = apply(state, { type: 'withdraw', entryId: 'e1' }, attendee(2));
    expect(result).toMatchObject({
      ok: false,
      status: 'forbidden',
      error: { key: 'queue.error.notYourEntry' },
    });
    expect(result.state).toBe(state);
  });

  it('does not let a chair withdraw someone else either: the chair removes instead', () => {
    const result = apply(withRequests(1), { type: 'withdraw', entryId: 'e1' }, CHAIR);
    expect(result).toMatchObject({ ok: false, status: 'forbidden' });
  });

  it('refuses a guest entry, which belongs to nobody who can sign in', () => {
    const state = accept(withRequests(0), {
      type: 'add',
      speaker: { name: 'G', organization: 'O' },
    }).state;
    const result = apply(
      state,
      { type: 'withdraw', entryId: 'e1' },
      { ...attendee(1), registrationId: undefined },
    );
    expect(result).toMatchObject({ ok: false, status: 'forbidden' });
  });

  it('refuses once the turn has begun', () => {
    const state = accept(withRequests(1), { type: 'callNext' }).state;
    const result = apply(state, { type: 'withdraw', entryId: 'e1' }, attendee(1));
    expect(result).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key: 'queue.error.notWaiting' },
    });
  });
});

describe('remove (chair)', () => {
  it('takes a waiting turn off the list and tells the person', () => {
    const { state, events } = accept(withRequests(2), { type: 'remove', entryId: 'e1' });
    expect(waitingNames(state)).toEqual(['Person 2']);
    expect(events).toEqual([{ type: 'removedByChair', entryId: 'e1' }]);
  });

  it('when the entry id is unknown, then it is not found and nothing changes', () => {
    const state = deepFreeze(withRequests(2));
    const result = apply(state, { type: 'remove', entryId: 'e99' });
    expect(result).toMatchObject({
      ok: false,
      status: 'notFound',
      error: { key: 'queue.error.entryNotFound', params: { entryId: 'e99' } },
    });
    expect(result.state).toBe(state);
  });

  it('refuses a turn already withdrawn', () => {
    const state = accept(withRequests(1), { type: 'withdraw', entryId: 'e1' }, attendee(1)).state;
    expect(apply(state, { type: 'remove', entryId: 'e1' })).toMatchObject({
      ok: false,
      status: 'conflict',
    });
  });
});

describe('move (chair)', () => {
  it('moves a turn to the front', () => {
    const { state } = accept(withRequests(4), { type: 'move', entryId: 'e3', position: 1 });
    expect(waitingNames(state)).toEqual(['Person 3', 'Person 1', 'Person 2', 'Person 4']);
  });

  it('moves a turn to the last place', () => {
    const { state } = accept(withRequests(4), { type: 'move', entryId: 'e1', position: 4 });
    expect(waitingNames(state)).toEqual(['Person 2', 'Person 3', 'Person 4', 'Person 1']);
  });

  it('moves a turn down, counting positions among the waiting turns only', () => {
    let state = accept(withRequests(4), { type: 'callNext' }).state;
    state = accept(state, { type: 'move', entryId: 'e2', position: 2 }).state;
    expect(waitingNames(state)).toEqual(['Person 3', 'Person 2', 'Person 4']);
  });

  it.each([0, 4, -1, 2.5, Number.NaN])(
    'when the position is %p of 3, then it is invalid and nothing changes',
    (position) => {
      const state = deepFreeze(withRequests(3));
      const result = apply(state, { type: 'move', entryId: 'e1', position });
      expect(result).toMatchObject({
        ok: false,
        status: 'invalid',
        error: { key: 'queue.error.positionOutOfRange', params: { max: 3 } },
      });
      expect(result.state).toBe(state);
    },
  );

  it('refuses to move a turn that is not waiting', () => {
    const state = accept(withRequests(2), { type: 'callNext' }).state;
    expect(apply(state, { type: 'move', entryId: 'e1', position: 1 })).toMatchObject({
      ok: false,
      status: 'conflict',
    });
  });
});

describe('setAllottedTime (chair)', () => {
  it('gives a group statement more time, also while it is being spoken', () => {
    const state = accept(withRequests(1), { type: 'callNext' }).state;
    const { state: next, audit } = accept(state, {
      type: 'setAllottedTime',
      entryId: 'e1',
      seconds: 300,
    });
    expect(next.entries[0]?.allottedSeconds).toBe(300);
    expect(audit.detail).toMatchObject({ from: 180, to: 300 });
  });

  it('refuses a finished turn and an out-of-range time', () => {
    const done = accept(accept(withRequests(2), { type: 'callNext' }).state, {
      type: 'finishTurn',
    }).state;
    expect(apply(done, { type: 'setAllottedTime', entryId: 'e1', seconds: 300 })).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key: 'queue.error.notWaitingOrSpeaking', params: { name: 'Person 1' } },
    });
    expect(apply(done, { type: 'setAllottedTime', entryId: 'e2', seconds: 0 })).toMatchObject({
      ok: false,
      status: 'invalid',
    });
  });
});
