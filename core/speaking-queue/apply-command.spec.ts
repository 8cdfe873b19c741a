import { applyCommand } from './apply-command';
import type { QueueCommand } from './queue-commands';
import type { Actor } from './queue-types';
import {
  CHAIR,
  CO_CHAIR,
  T0,
  accept,
  apply,
  attendee,
  deepFreeze,
  withRequests,
} from '../testing/queue-fixtures';

const CHAIR_COMMANDS: QueueCommand[] = [
  { type: 'add', baseVersion: 2, speaker: { name: 'Guest', organization: 'Org' } },
  { type: 'remove', baseVersion: 2, entryId: 'e1' },
  { type: 'move', baseVersion: 2, entryId: 'e2', position: 1 },
  { type: 'setAllottedTime', baseVersion: 2, entryId: 'e1', seconds: 300 },
  { type: 'callNext', baseVersion: 2 },
  { type: 'startTimer', baseVersion: 2 },
  { type: 'pauseTimer', baseVersion: 2 },
  { type: 'resumeTimer', baseVersion: 2 },
  { type: 'finishTurn', baseVersion: 2 },
  { type: 'setCurrentQuestion', baseVersion: 2, questionId: 'q1' },
  { type: 'openList', baseVersion: 2 },
  { type: 'closeList', baseVersion: 2 },
  { type: 'undo', baseVersion: 2 },
];

describe('applyCommand', () => {
  it('increments the version exactly once per accepted command', () => {
    const state = withRequests(2);
    expect(state.version).toBe(2);
    expect(accept(state, { type: 'callNext' }).state.version).toBe(3);
  });

  it.each(CHAIR_COMMANDS.map((c) => [c.type, c] as const))(
    'when an attendee sends %s, then it is forbidden and the state is handed back untouched',
    (_type, command) => {
      const state = deepFreeze(withRequests(2));
      const result = applyCommand(state, command, attendee(1), T0);
      expect(result).toMatchObject({
        ok: false,
        status: 'forbidden',
        error: { key: 'queue.error.chairOnly' },
      });
      expect(result.state).toBe(state);
    },
  );

  it('when two chairs act on the same version, then the second is refused as stale', () => {
    const state = withRequests(3);
    const first = applyCommand(state, { type: 'callNext', baseVersion: 3 }, CHAIR, T0);
    expect(first.ok).toBe(true);
    const second = applyCommand(
      first.state,
      { type: 'remove', baseVersion: 3, entryId: 'e2' },
      CO_CHAIR,
      T0,
    );
    expect(second).toMatchObject({
      ok: false,
      status: 'stale',
      error: { key: 'queue.error.staleVersion', params: { version: 4, baseVersion: 3 } },
    });
    expect(second.state).toBe(first.state);
  });

  it('refuses a command from a newer version than the state as stale too', () => {
    const state = withRequests(1);
    const result = applyCommand(state, { type: 'callNext', baseVersion: 9 }, CHAIR, T0);
    expect(result).toMatchObject({ ok: false, status: 'stale' });
  });

  it('checks the role before the version, so an attendee learns nothing from a stale chair command', () => {
    const state = withRequests(1);
    const result = applyCommand(state, { type: 'callNext', baseVersion: 0 }, attendee(1), T0);
    expect(result).toMatchObject({ ok: false, status: 'forbidden' });
  });

  it('refuses an unknown command type from an untrusted client', () => {
    const state = withRequests(1);
    const command = { type: 'dropTable', baseVersion: 1 } as unknown as QueueCommand;
    const result = applyCommand(state, command, CHAIR, T0);
    expect(result).toMatchObject({
      ok: false,
      status: 'invalid',
      error: { key: 'queue.error.unknownCommand' },
    });
    expect(result.state).toBe(state);
  });

  it('records who did what, when and to whom for a chair action', () => {
    const state = withRequests(2);
    const { audit } = accept(state, { type: 'move', entryId: 'e2', position: 1 }, CHAIR, T0);
    expect(audit).toEqual({
      meetingId: 'meeting-1',
      sessionId: 'main',
      version: 3,
      at: T0.toISOString(),
      actor: { role: 'chair', userId: 'aad-chair', name: 'Chair Ama Owusu' },
      action: 'move',
      entryId: 'e2',
      detail: { name: 'Person 2', organization: 'Org 2', registrationId: 'reg-2', from: 2, to: 1 },
    });
  });

  it('audits an attendee request for the floor as well', () => {
    const { audit } = accept(
      withRequests(0),
      { type: 'requestFloor', questionId: 'q2' },
      attendee(7),
    );
    expect(audit).toMatchObject({
      action: 'requestFloor',
      entryId: 'e1',
      actor: { role: 'attendee', userId: 'aad-7' },
    });
    expect(audit.detail).toMatchObject({
      name: 'Person 7',
      questionId: 'q2',
      kind: 'statement',
      position: 1,
    });
  });

  it('never writes into the state it is given', () => {
    let state = deepFreeze(withRequests(3));
    const steps: [Parameters<typeof accept>[1], Actor][] = [
      [{ type: 'move', entryId: 'e3', position: 1 }, CHAIR],
      [{ type: 'callNext' }, CHAIR],
      [{ type: 'startTimer' }, CHAIR],
      [{ type: 'withdraw', entryId: 'e2' }, attendee(2)],
      [{ type: 'undo' }, CHAIR],
    ];
    for (const [command, actor] of steps) state = deepFreeze(accept(state, command, actor).state);
    expect(state.version).toBe(8);
  });

  it('keeps the state JSON-serializable: a round trip changes nothing and commands still apply', () => {
    const state = accept(withRequests(2), { type: 'callNext' }).state;
    const copy = JSON.parse(JSON.stringify(state));
    expect(copy).toEqual(state);
    const undone = apply(copy, { type: 'undo' });
    expect(undone.ok).toBe(true);
  });
});
