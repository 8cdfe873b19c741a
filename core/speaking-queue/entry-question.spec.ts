import {
  accept,
  aQueue,
  apply,
  attendee,
  deepFreeze,
  withRequests,
} from '../testing/queue-fixtures';

describe('the guiding question of a turn', () => {
  it('when a turn without a chosen question is given the floor, then it takes the current one', () => {
    let state = accept(withRequests(2), { type: 'setCurrentQuestion', questionId: 'q2' }).state;
    state = accept(state, { type: 'callNext' }).state;
    expect(state.entries[0]).toMatchObject({ status: 'speaking', questionId: 'q2' });
  });

  it('when the speaker chose a question, then it keeps theirs over the current one', () => {
    let state = accept(aQueue(), { type: 'requestFloor', questionId: 'q1' }, attendee(1)).state;
    state = accept(state, { type: 'setCurrentQuestion', questionId: 'q2' }).state;
    state = accept(state, { type: 'callNext' }).state;
    expect(state.entries[0]?.questionId).toBe('q1');
  });

  it('when no question is under discussion, then the turn takes none', () => {
    const state = accept(withRequests(1), { type: 'callNext' }).state;
    expect(state.entries[0]?.questionId).toBeNull();
  });

  it('when the chair corrects a given turn, then it carries the new question and the audit both', () => {
    let state = accept(withRequests(1), { type: 'callNext' }).state;
    state = accept(state, { type: 'finishTurn' }).state;
    const { state: next, audit } = accept(state, {
      type: 'setEntryQuestion',
      entryId: 'e1',
      questionId: 'q2',
    });
    expect(next.entries[0]).toMatchObject({ status: 'done', questionId: 'q2' });
    expect(audit).toMatchObject({ action: 'setEntryQuestion', entryId: 'e1' });
    expect(audit.detail).toMatchObject({ from: null, to: 'q2' });
    const undone = accept(next, { type: 'undo' }).state;
    expect(undone.entries[0]?.questionId).toBeNull();
  });

  it('when the question id is not the event’s, then it is refused and nothing changes', () => {
    const state = deepFreeze(accept(withRequests(1), { type: 'callNext' }).state);
    const result = apply(state, { type: 'setEntryQuestion', entryId: 'e1', questionId: 'q9' });
    expect(result).toMatchObject({
      ok: false,
      status: 'invalid',
      error: { key: 'queue.error.unknownQuestion', params: { questionId: 'q9' } },
    });
    expect(result.state).toBe(state);
  });

  it('when an attendee tries to correct a question, then it is refused as the chair’s', () => {
    const state = withRequests(1);
    const result = apply(
      state,
      { type: 'setEntryQuestion', entryId: 'e1', questionId: 'q1' },
      attendee(1),
    );
    expect(result).toMatchObject({ ok: false, status: 'forbidden' });
  });

  it('when the turn is unknown or withdrawn, then it is refused', () => {
    const state = accept(withRequests(1), { type: 'withdraw', entryId: 'e1' }, attendee(1)).state;
    expect(
      apply(state, { type: 'setEntryQuestion', entryId: 'e1', questionId: 'q1' }),
    ).toMatchObject({ ok: false, error: { key: 'queue.error.turnWithdrawn' } });
    expect(
      apply(state, { type: 'setEntryQuestion', entryId: 'e7', questionId: 'q1' }),
    ).toMatchObject({ ok: false, status: 'notFound' });
  });
});
