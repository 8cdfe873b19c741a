import { CHAIR, accept, attendee, withRequests } from '../testing/queue-fixtures';
import {
  queuePresence,
  registrantPresence,
  type PresenceRecord,
  type Registrant,
} from './meeting-presence';

const AT = new Date('2024-05-14T13:00:00Z');
const registrants: Registrant[] = [1, 2, 3, 4].map((n) => ({
  id: `reg-${n}`,
  aadObjectId: `aad-${n}`,
}));
const record = (n: number, state: PresenceRecord['state']): PresenceRecord => ({
  aadObjectId: `aad-${n}`,
  state,
  lastEventAt: AT,
});

/** Entry ids by the registration they belong to, so specs do not depend on id formats. */
function idsOf(state: ReturnType<typeof withRequests>): Record<string, string> {
  return Object.fromEntries(
    state.entries.map((e) => [e.speaker.registrationId ?? e.speaker.name, e.id]),
  );
}

describe('queuePresence', () => {
  it('reports present and absent from the last event seen for each waiting registrant', () => {
    const state = withRequests(2);
    const ids = idsOf(state);
    expect(
      queuePresence(state.entries, registrants, [record(1, 'present'), record(2, 'absent')]),
    ).toEqual({ [ids['reg-1']!]: 'present', [ids['reg-2']!]: 'absent' });
  });

  it('reports unknown, never absent, for a registrant of whom no event was seen', () => {
    const state = withRequests(2);
    const ids = idsOf(state);
    expect(queuePresence(state.entries, registrants, [record(1, 'present')])).toEqual({
      [ids['reg-1']!]: 'present',
      [ids['reg-2']!]: 'unknown',
    });
    expect(queuePresence(state.entries, registrants, [])).toEqual({
      [ids['reg-1']!]: 'unknown',
      [ids['reg-2']!]: 'unknown',
    });
  });

  it('reports unknown when the registration of an entry is not among the registrants', () => {
    const state = withRequests(1);
    expect(Object.values(queuePresence(state.entries, [], [record(1, 'present')]))).toEqual([
      'unknown',
    ]);
  });

  it('covers the speaker and the waiting, not finished or withdrawn turns', () => {
    let state = withRequests(3);
    state = accept(state, { type: 'callNext' }).state;
    state = accept(state, { type: 'callNext' }).state;
    const ids = idsOf(state);
    state = accept(state, { type: 'withdraw', entryId: ids['reg-3']! }, attendee(3)).state;
    const all = [1, 2, 3].map((n) => record(n, 'present'));
    expect(queuePresence(state.entries, registrants, all)).toEqual({ [ids['reg-2']!]: 'present' });
  });

  it('leaves out people the chair added by name, who have no Teams identity', () => {
    const state = accept(
      withRequests(1),
      {
        type: 'add',
        speaker: { name: 'Ms. Zoë Ndiaye', organization: 'Org Z' },
      },
      CHAIR,
    ).state;
    const ids = idsOf(state);
    expect(queuePresence(state.entries, registrants, [record(1, 'absent')])).toEqual({
      [ids['reg-1']!]: 'absent',
    });
  });

  it('matches Entra object ids without regard to case', () => {
    const state = withRequests(1);
    const upper = [{ id: 'reg-1', aadObjectId: 'AAD-1' }];
    expect(Object.values(queuePresence(state.entries, upper, [record(1, 'present')]))).toEqual([
      'present',
    ]);
  });
});

describe('registrantPresence', () => {
  it('maps registrants with an event to their last state, matching object ids in any case', () => {
    const upper = { aadObjectId: 'AAD-3', state: 'present' as const, lastEventAt: AT };
    expect(registrantPresence(registrants, [record(1, 'absent'), upper])).toEqual({
      'reg-1': 'absent',
      'reg-3': 'present',
    });
  });

  it('leaves out registrants with no event and events of people who did not register', () => {
    expect(registrantPresence(registrants.slice(0, 1), [record(4, 'present')])).toEqual({});
  });
});
