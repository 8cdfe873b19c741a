import { accept, apply, aQueue, attendee, deepFreeze } from '../testing/queue-fixtures';

describe('openList / closeList', () => {
  it('starts open, closes and opens again', () => {
    expect(aQueue().isOpen).toBe(true);
    const closed = accept(aQueue(), { type: 'closeList' }).state;
    expect(closed.isOpen).toBe(false);
    const reopened = accept(closed, { type: 'openList' }).state;
    expect(reopened.isOpen).toBe(true);
    expect(accept(reopened, { type: 'requestFloor' }, attendee(1)).state.entries).toHaveLength(1);
  });

  it('refuses to close a closed list or open an open one, changing nothing', () => {
    const open = deepFreeze(aQueue());
    const reopened = apply(open, { type: 'openList' });
    expect(reopened).toMatchObject({
      status: 'conflict',
      error: { key: 'queue.error.listAlreadyOpen' },
    });
    expect(reopened.state).toBe(open);
    const closed = deepFreeze(accept(open, { type: 'closeList' }).state);
    const result = apply(closed, { type: 'closeList' });
    expect(result).toMatchObject({ ok: false, error: { key: 'queue.error.listAlreadyClosed' } });
    expect(result.state).toBe(closed);
  });
});

describe('setCurrentQuestion', () => {
  it('sets and clears the guiding question under discussion', () => {
    const { state, audit } = accept(aQueue(), { type: 'setCurrentQuestion', questionId: 'q2' });
    expect(state.currentQuestionId).toBe('q2');
    expect(audit.detail).toEqual({ from: null, to: 'q2' });
    expect(
      accept(state, { type: 'setCurrentQuestion', questionId: null }).state.currentQuestionId,
    ).toBeNull();
  });

  it('when the question is not part of the event, then it is invalid and nothing changes', () => {
    const state = deepFreeze(aQueue());
    const result = apply(state, { type: 'setCurrentQuestion', questionId: 'q7' });
    expect(result).toMatchObject({
      ok: false,
      status: 'invalid',
      error: { key: 'queue.error.unknownQuestion', params: { questionId: 'q7' } },
    });
    expect(result.state).toBe(state);
  });
});
