import {
  CHAIR,
  accept,
  apply,
  aQueue,
  attendee,
  deepFreeze,
  waitingNames,
  withRequests,
} from '../testing/queue-fixtures';

describe('add (chair)', () => {
  const guest = { name: 'Ms. Zoë  Ndiaye', organization: 'Coastal Fishers Network' };

  it('adds someone who did not register, even once the list is closed', () => {
    const closed = accept(withRequests(1), { type: 'closeList' }).state;
    const { state, audit } = accept(closed, { type: 'add', speaker: guest });
    expect(state.entries[1]).toMatchObject({
      speaker: { name: 'Ms. Zoë Ndiaye', organization: 'Coastal Fishers Network' },
      addedBy: 'chair',
    });
    expect(state.entries[1]?.speaker.registrationId).toBeUndefined();
    expect(audit).toMatchObject({
      action: 'add',
      detail: { name: 'Ms. Zoë Ndiaye', registrationId: null, position: 2 },
    });
  });

  it('inserts at a chosen place and allots more time for a group statement', () => {
    const group = { kind: 'group' as const, name: 'Coalition', members: ['A', 'B', 'C'] };
    const { state } = accept(withRequests(3), {
      type: 'add',
      speaker: guest,
      onBehalfOf: group,
      position: 2,
      allottedSeconds: 300,
    });
    expect(waitingNames(state)).toEqual(['Person 1', 'Ms. Zoë Ndiaye', 'Person 2', 'Person 3']);
    expect(state.entries.find((e) => e.addedBy === 'chair')?.allottedSeconds).toBe(300);
  });

  it('when the guest typed in is already waiting under another spelling, then nobody waits twice', () => {
    const state = accept(aQueue(), { type: 'add', speaker: guest }).state;
    const again = apply(state, {
      type: 'add',
      speaker: { name: 'ms. zoe ndiaye', organization: ' COASTAL fishers network' },
    });
    expect(again).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key: 'queue.error.alreadyWaiting' },
    });
  });

  it('when the chair types in a registrant who is already waiting, then nobody waits twice', () => {
    const state = withRequests(1);
    const result = apply(state, {
      type: 'add',
      speaker: { name: 'person 1', organization: 'org 1' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { key: 'queue.error.alreadyWaiting', params: { name: 'person 1' } },
    });
  });

  it('adds a registrant by registration id, which then counts as that person', () => {
    const state = accept(aQueue(), {
      type: 'add',
      speaker: { registrationId: 'reg-4', name: 'P. Four', organization: 'Org 4' },
    }).state;
    const result = apply(state, { type: 'requestFloor' }, attendee(4));
    expect(result).toMatchObject({ ok: false, error: { key: 'queue.error.alreadyWaiting' } });
  });

  it.each([
    [
      'an empty name',
      { speaker: { name: '  ', organization: 'Org' } },
      'queue.error.nameRequired',
      undefined,
    ],
    [
      'a name too long',
      { speaker: { name: 'N'.repeat(201), organization: 'Org' } },
      'queue.error.nameTooLong',
      { max: 200 },
    ],
    [
      'an empty organization',
      { speaker: { name: 'N', organization: '' } },
      'queue.error.organizationRequired',
      undefined,
    ],
    [
      'an organization too long',
      { speaker: { name: 'N', organization: 'O'.repeat(201) } },
      'queue.error.organizationTooLong',
      { max: 200 },
    ],
    [
      'a blank registration id',
      { speaker: { registrationId: ' ', name: 'N', organization: 'O' } },
      'queue.error.registrationIdInvalid',
      undefined,
    ],
    ['position 0', { speaker: guest, position: 0 }, 'queue.error.positionOutOfRange', { max: 3 }],
    [
      'a position past the end',
      { speaker: guest, position: 4 },
      'queue.error.positionOutOfRange',
      { max: 3 },
    ],
    [
      'a fractional position',
      { speaker: guest, position: 1.5 },
      'queue.error.positionOutOfRange',
      { max: 3 },
    ],
    [
      'too little time',
      { speaker: guest, allottedSeconds: 5 },
      'queue.error.allottedOutOfRange',
      { min: 10, max: 3600 },
    ],
    [
      'too much time',
      { speaker: guest, allottedSeconds: 7200 },
      'queue.error.allottedOutOfRange',
      { min: 10, max: 3600 },
    ],
  ])(
    'when the chair adds with %s, then it is invalid and nothing changes',
    (_case, fields, key, params) => {
      const state = deepFreeze(withRequests(2));
      const result = apply(state, { type: 'add', ...fields } as Parameters<typeof apply>[1], CHAIR);
      expect(result).toMatchObject({
        ok: false,
        status: 'invalid',
        error: params ? { key, params } : { key },
      });
      expect(result.state).toBe(state);
    },
  );

  it('accepts a name of exactly the limit', () => {
    const result = apply(aQueue(), {
      type: 'add',
      speaker: { name: 'N'.repeat(200), organization: 'O'.repeat(200) },
    });
    expect(result.ok).toBe(true);
  });
});
