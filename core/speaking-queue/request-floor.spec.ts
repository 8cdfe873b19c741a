import { QUEUE_LIMITS } from './queue-limits';
import type { Actor } from './queue-types';
import {
  accept,
  apply,
  aQueue,
  attendee,
  deepFreeze,
  waitingNames,
  withRequests,
} from '../testing/queue-fixtures';

describe('requestFloor', () => {
  it('appends the registrant for their own organization with the default time', () => {
    const { state } = accept(withRequests(1), { type: 'requestFloor' }, attendee(2));
    expect(waitingNames(state)).toEqual(['Person 1', 'Person 2']);
    expect(state.entries[1]).toMatchObject({
      id: 'e2',
      speaker: { registrationId: 'reg-2', name: 'Person 2', organization: 'Org 2' },
      onBehalfOf: { kind: 'ownOrganization' },
      questionId: null,
      kind: 'statement',
      status: 'waiting',
      allottedSeconds: 180,
      timer: { phase: 'ready', startedAt: null, elapsedBeforeMs: 0 },
      addedBy: 'self',
      revision: 2,
    });
  });

  it('records a group statement, the question addressed and a right of reply', () => {
    const group = { kind: 'group' as const, name: ' major  Group ', members: ['A', ' B '] };
    const { state } = accept(
      aQueue(),
      { type: 'requestFloor', onBehalfOf: group, questionId: 'q1', kind: 'rightOfReply' },
      { ...attendee(1), group: { name: 'Major Group', members: ['A', 'B'] } },
    );
    expect(state.entries[0]).toMatchObject({
      onBehalfOf: { kind: 'group', name: 'Major Group', members: ['A', 'B'] },
      questionId: 'q1',
      kind: 'rightOfReply',
    });
  });

  it('when a registrant asks on behalf of a group they did not register for, then it is refused', () => {
    const coalition = { kind: 'group' as const, name: 'G77 and China', members: ['Everyone'] };
    const state = deepFreeze(aQueue());
    for (const actor of [
      attendee(1),
      { ...attendee(2), group: { name: 'Digital Rights Coalition', members: ['A'] } },
    ]) {
      const result = apply(state, { type: 'requestFloor', onBehalfOf: coalition }, actor);
      expect(result).toMatchObject({
        ok: false,
        status: 'forbidden',
        error: { key: 'queue.error.onBehalfNotRegistered', params: { group: 'G77 and China' } },
      });
      expect(result.state).toBe(state);
    }
  });

  it('when a registrant names their registered group with other members, then the registered members are listed', () => {
    const typed = { kind: 'group' as const, name: 'Coalition', members: ['Every State'] };
    const actor = { ...attendee(1), group: { name: 'Coalition', members: ['Org A', 'Org B'] } };
    const { state } = accept(aQueue(), { type: 'requestFloor', onBehalfOf: typed }, actor);
    expect(state.entries[0]?.onBehalfOf).toEqual({
      kind: 'group',
      name: 'Coalition',
      members: ['Org A', 'Org B'],
    });
  });

  it('when the same registrant asks twice, then nobody waits twice', () => {
    const state = deepFreeze(withRequests(2));
    const result = apply(state, { type: 'requestFloor', kind: 'rightOfReply' }, attendee(1));
    expect(result).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key: 'queue.error.alreadyWaiting', params: { name: 'Person 1' } },
    });
    expect(result.state).toBe(state);
  });

  it('lets someone ask again once their earlier turn is over', () => {
    let state = accept(withRequests(1), { type: 'callNext' }).state;
    state = accept(state, { type: 'requestFloor', kind: 'rightOfReply' }, attendee(1)).state;
    expect(state.entries.map((e) => e.status)).toEqual(['speaking', 'waiting']);
  });

  it('when the list is closed, then an attendee is refused', () => {
    const state = deepFreeze(accept(aQueue(), { type: 'closeList' }).state);
    const result = apply(state, { type: 'requestFloor' }, attendee(1));
    expect(result).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key: 'queue.error.listClosed' },
    });
    expect(result.state).toBe(state);
  });

  it('refuses someone who is not registered', () => {
    const guest: Actor = { role: 'attendee', userId: 'aad-x', name: 'Walk-in' };
    const result = apply(aQueue(), { type: 'requestFloor' }, guest);
    expect(result).toMatchObject({
      ok: false,
      status: 'forbidden',
      error: { key: 'queue.error.notRegistered' },
    });
  });

  it.each([
    [
      'an unknown question',
      { questionId: 'q9' },
      'queue.error.unknownQuestion',
      { questionId: 'q9' },
    ],
    ['an unknown kind of turn', { kind: 'filibuster' }, 'queue.error.invalidKind', undefined],
    [
      'a group without a name',
      { onBehalfOf: { kind: 'group', name: ' ', members: ['A'] } },
      'queue.error.groupNameRequired',
      undefined,
    ],
    [
      'a group name too long',
      { onBehalfOf: { kind: 'group', name: 'G'.repeat(201), members: ['A'] } },
      'queue.error.groupNameTooLong',
      { max: 200 },
    ],
    [
      'a group without members',
      { onBehalfOf: { kind: 'group', name: 'G', members: [] } },
      'queue.error.groupMembersRequired',
      undefined,
    ],
    [
      'too many members',
      { onBehalfOf: { kind: 'group', name: 'G', members: Array(51).fill('M') } },
      'queue.error.tooManyMembers',
      { max: 50 },
    ],
    [
      'an empty member',
      { onBehalfOf: { kind: 'group', name: 'G', members: ['A', ''] } },
      'queue.error.groupMembersRequired',
      undefined,
    ],
    [
      'a member name too long',
      { onBehalfOf: { kind: 'group', name: 'G', members: ['M'.repeat(201)] } },
      'queue.error.memberTooLong',
      { max: 200 },
    ],
    [
      'a member that is not text',
      { onBehalfOf: { kind: 'group', name: 'G', members: [42] } },
      'queue.error.groupMembersRequired',
      undefined,
    ],
    [
      'an unknown on-behalf kind',
      { onBehalfOf: { kind: 'everyone' } },
      'queue.error.onBehalfInvalid',
      undefined,
    ],
  ])(
    'when the request has %s, then it is invalid and nothing changes',
    (_case, fields, key, params) => {
      const state = deepFreeze(withRequests(1));
      const command = { type: 'requestFloor', ...fields } as Parameters<typeof apply>[1];
      const result = apply(state, command, attendee(2));
      expect(result).toMatchObject({
        ok: false,
        status: 'invalid',
        error: params ? { key, params } : { key },
      });
      expect(result.state).toBe(state);
      expect(result.state.version).toBe(1);
    },
  );

  it('refuses an attendee whose profile has no organization', () => {
    const actor = { ...attendee(1), organization: undefined };
    const result = apply(aQueue(), { type: 'requestFloor' }, actor);
    expect(result).toMatchObject({ ok: false, error: { key: 'queue.error.organizationRequired' } });
  });

  it('stops at the limit of turns per meeting', () => {
    const one = withRequests(1);
    const done = { ...one.entries[0]!, status: 'done' as const };
    const entries = Array.from({ length: QUEUE_LIMITS.entries }, (_, i) => ({
      ...done,
      id: `x${i}`,
    }));
    const result = apply({ ...one, entries }, { type: 'requestFloor' }, attendee(2));
    expect(result).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key: 'queue.error.listFull', params: { max: 1000 } },
    });
  });
});
