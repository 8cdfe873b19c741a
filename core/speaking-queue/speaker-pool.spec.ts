import { aQueue, accept, apply, CHAIR, CO_CHAIR, T0 } from '../testing/queue-fixtures';
import { aRegistration } from '../testing/registration-fixtures';
import type { Registration } from '../registration/registration';
import { placeCandidates, speakerPool, speakingTimesOf } from './speaker-pool';
import { waitingEntries } from './queue-views';
import { applyCommand } from './apply-command';

const TIMES = { individualSeconds: 180, coalitionSeconds: 300 };

function reg(n: number, overrides: Partial<Registration> = {}): Registration {
  return aRegistration({
    id: `reg-${n}`,
    aadObjectId: `user-${n}`,
    givenName: `Given${n}`,
    familyName: `Family${n}`,
    organization: `Org ${n}`,
    status: 'confirmed',
    createdAt: new Date(T0.getTime() + n * 1000),
    ...overrides,
  });
}

describe('speaker pool', () => {
  it('holds everyone confirmed who wished to speak, in order of registration', () => {
    const regs = [
      reg(3),
      reg(1),
      reg(2, { wishesToSpeak: false }),
      reg(4, { status: 'pending' }),
      reg(5, { status: 'withdrawn' }),
      reg(6, { status: 'declined' }),
    ];
    const pool = speakerPool(placeCandidates(regs, TIMES), aQueue());
    expect(pool.map((c) => c.registrationId)).toEqual(['reg-1', 'reg-3']);
    expect(pool[0]).toMatchObject({
      speaker: { registrationId: 'reg-1', name: 'Given1 Family1', organization: 'Org 1' },
      onBehalfOf: { kind: 'ownOrganization' },
      allottedSeconds: 180,
      profile: { category: 'ngo', country: 'SN', region: 'african' },
    });
  });

  it('makes a coalition one entry under its earliest registrant, with the others as members', () => {
    const group = (members: string[]) => ({ name: 'Youth  Coalition', members });
    const regs = [
      reg(2, { group: { name: 'youth coalition', members: ['Org B', 'Org C'] } }),
      reg(1, { group: group(['Org A', 'Org B']), country: 'VA' }),
      reg(3, { group: group(['Org D']), status: 'withdrawn' }),
    ];
    const pool = speakerPool(placeCandidates(regs, TIMES), aQueue());
    expect(pool).toHaveLength(1);
    expect(pool[0]).toMatchObject({
      registrationId: 'reg-1',
      onBehalfOf: {
        kind: 'group',
        name: 'Youth  Coalition',
        members: ['Org A', 'Org B', 'Org 2', 'Org C'],
      },
      allottedSeconds: 300,
      memberRegistrationIds: ['reg-2'],
      profile: { region: null },
    });
  });

  it('takes the coalition default from the event file, five minutes when absent', () => {
    expect(speakingTimesOf({ defaultSpeakingSeconds: 120 }, undefined)).toEqual({
      individualSeconds: 120,
      coalitionSeconds: 300,
    });
    expect(speakingTimesOf({ defaultSpeakingSeconds: 120 }, 420).coalitionSeconds).toBe(420);
  });

  it('leaves out whoever is on the list, and takes back whoever left it', () => {
    const candidates = placeCandidates([reg(1), reg(2)], TIMES);
    const placed = accept(aQueue(), { type: 'place', candidates }).state;
    expect(speakerPool(candidates, placed)).toEqual([]);
    const removed = accept(placed, { type: 'remove', entryId: 'e1' }).state;
    expect(speakerPool(candidates, removed).map((c) => c.registrationId)).toEqual(['reg-1']);
  });
});

describe('placing on the provisional list', () => {
  const candidates = placeCandidates(
    [reg(1), reg(2), reg(3, { group: { name: 'G', members: ['X'] } })],
    TIMES,
  );

  it('places a block at the end by default, with each entry time and profile', () => {
    const result = accept(aQueue(), { type: 'place', candidates });
    const waiting = waitingEntries(result.state);
    expect(waiting.map((e) => [e.id, e.speaker.registrationId, e.allottedSeconds])).toEqual([
      ['e1', 'reg-1', 180],
      ['e2', 'reg-2', 180],
      ['e3', 'reg-3', 300],
    ]);
    expect(waiting[2]!.onBehalfOf).toEqual({ kind: 'group', name: 'G', members: ['X'] });
    expect(waiting[0]!.profile).toEqual({ category: 'ngo', country: 'SN', region: 'african' });
    expect(result.audit).toMatchObject({ action: 'place', detail: { count: 3, position: 1 } });
    expect(result.state.version).toBe(1);
  });

  it('places at a given position, before the turn that was there', () => {
    const first = accept(aQueue(), { type: 'place', candidates: candidates.slice(0, 2) }).state;
    const next = accept(first, { type: 'place', candidates: [candidates[2]!], position: 2 }).state;
    expect(waitingEntries(next).map((e) => e.speaker.registrationId)).toEqual([
      'reg-1',
      'reg-3',
      'reg-2',
    ]);
  });

  it('is undone in one step, however many it placed', () => {
    const placed = accept(aQueue(), { type: 'place', candidates }).state;
    const undone = accept(placed, { type: 'undo' }).state;
    expect(undone.entries).toEqual([]);
    expect(undone.nextEntryNumber).toBe(4);
  });

  it.each([
    ['withdrawn', 'speakers.error.withdrawn'],
    ['declined', 'speakers.error.declined'],
    ['pending', 'speakers.error.notConfirmed'],
    ['waitlisted', 'speakers.error.notConfirmed'],
  ] as const)('refuses a %s registrant by name and places nobody', (status, key) => {
    const bad = placeCandidates([reg(9, { status })], TIMES);
    const state = aQueue();
    const result = apply(state, { type: 'place', candidates: [candidates[0]!, ...bad] });
    expect(result).toMatchObject({
      ok: false,
      status: 'conflict',
      error: { key, params: { name: 'Given9 Family9' } },
    });
    expect(result.state).toBe(state);
  });

  it('refuses someone who did not wish to speak, someone already placed, and an empty selection', () => {
    const silent = placeCandidates([reg(8)], TIMES).map((c) => ({ ...c, wishesToSpeak: false }));
    expect(apply(aQueue(), { type: 'place', candidates: silent })).toMatchObject({
      ok: false,
      error: { key: 'speakers.error.notWishing' },
    });
    const placed = accept(aQueue(), { type: 'place', candidates }).state;
    expect(apply(placed, { type: 'place', candidates: [candidates[1]!] })).toMatchObject({
      ok: false,
      error: { key: 'speakers.error.alreadyPlaced', params: { name: 'Given2 Family2' } },
    });
    expect(
      apply(aQueue(), { type: 'place', candidates: [candidates[0]!, candidates[0]!] }),
    ).toMatchObject({
      ok: false,
      error: { key: 'speakers.error.alreadyPlaced' },
    });
    expect(apply(aQueue(), { type: 'place', candidates: [] })).toMatchObject({
      ok: false,
      status: 'invalid',
      error: { key: 'speakers.error.nothingSelected' },
    });
  });

  it('moves, sets times and refuses the later of two chairs working on the same version', () => {
    const placed = accept(aQueue(), { type: 'place', candidates }).state;
    const moved = accept(placed, { type: 'move', entryId: 'e3', position: 1 }, CHAIR);
    const late = applyCommand(
      moved.state,
      { type: 'move', entryId: 'e2', position: 1, baseVersion: placed.version },
      CO_CHAIR,
      T0,
    );
    expect(late).toMatchObject({
      ok: false,
      status: 'stale',
      error: { key: 'queue.error.staleVersion' },
    });
    expect(late.state).toBe(moved.state);
    const timed = accept(moved.state, {
      type: 'setAllottedTime',
      entryId: 'e3',
      seconds: 240,
    }).state;
    expect(waitingEntries(timed).map((e) => `${e.id}:${e.allottedSeconds}`)).toEqual([
      'e3:240',
      'e1:180',
      'e2:180',
    ]);
  });
});

describe('publishing the provisional list', () => {
  const candidates = placeCandidates([reg(1), reg(2)], TIMES);

  it('marks the list published and asks the shell to tell the speakers, without an undo step', () => {
    const placed = accept(aQueue(), { type: 'place', candidates }).state;
    const result = accept(placed, { type: 'publish' }, CHAIR, new Date('2024-05-14T14:00:00Z'));
    expect(result.state.published).toEqual({ version: 2, at: '2024-05-14T14:00:00.000Z' });
    expect(result.events).toEqual([{ type: 'listPublished' }]);
    expect(result.state.undo.map((u) => u.action)).toEqual(['place']);
  });

  it('refuses to publish a list without registered speakers', () => {
    expect(apply(aQueue(), { type: 'publish' })).toMatchObject({
      ok: false,
      error: { key: 'speakers.error.nothingToPublish' },
    });
  });
});
