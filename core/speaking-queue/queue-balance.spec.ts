import { accept, aQueue, attendee, at, CHAIR } from '../testing/queue-fixtures';
import type { Actor, EntryProfile, SpeakingQueue } from './queue-types';
import { queueBalance } from './queue-balance';

const NGO: EntryProfile = { category: 'ngo', country: 'KE', region: 'african' };
const ACADEMIA: EntryProfile = {
  category: 'academia',
  country: 'FR',
  region: 'westernEuropeanOthers',
};
const OBSERVER: EntryProfile = { category: 'ngo', country: 'VA', region: null };

function ask(state: SpeakingQueue, actor: Actor, profile: EntryProfile, group?: string) {
  const onBehalfOf = group
    ? { kind: 'group' as const, name: group, members: ['Org A'] }
    : undefined;
  const who: Actor = {
    ...actor,
    profile,
    ...(group ? { group: { name: group, members: ['Org A'] } } : {}),
  };
  return accept(state, { type: 'requestFloor', ...(onBehalfOf ? { onBehalfOf } : {}) }, who).state;
}

/** Two turns given (90 s, then 30 s running), two waiting, one withdrawn. */
function aMeeting(): SpeakingQueue {
  let s = aQueue();
  s = ask(s, attendee(1), NGO, 'Youth Caucus');
  s = ask(s, attendee(2), OBSERVER, 'youth  caucus');
  s = ask(s, attendee(3), ACADEMIA);
  s = accept(s, { type: 'requestFloor' }, attendee(4)).state;
  s = ask(s, attendee(5), ACADEMIA);
  s = accept(s, { type: 'withdraw', entryId: 'e5' }, attendee(5)).state;
  s = accept(s, { type: 'callNext' }, CHAIR, at(0)).state;
  s = accept(s, { type: 'startTimer' }, CHAIR, at(0)).state;
  s = accept(s, { type: 'callNext' }, CHAIR, at(90)).state;
  return accept(s, { type: 'startTimer' }, CHAIR, at(100)).state;
}

describe('queueBalance', () => {
  it('when turns were given, then each category counts its turns and time, the running one to now', () => {
    const balance = queueBalance(aMeeting(), at(130).getTime());
    expect(balance.byCategory).toEqual([
      { key: 'ngo', interventions: 2, spokenMs: 120_000, waiting: 0 },
      { key: 'academia', interventions: 0, spokenMs: 0, waiting: 1 },
      { key: null, interventions: 0, spokenMs: 0, waiting: 1 },
    ]);
  });

  it('when a speaker is an observer, then they count apart from the regional groups', () => {
    const balance = queueBalance(aMeeting(), at(130).getTime());
    expect(balance.byRegion).toEqual([
      { key: 'african', interventions: 1, spokenMs: 90_000, waiting: 0 },
      { key: 'none', interventions: 1, spokenMs: 30_000, waiting: 0 },
      { key: 'westernEuropeanOthers', interventions: 0, spokenMs: 0, waiting: 1 },
      { key: null, interventions: 0, spokenMs: 0, waiting: 1 },
    ]);
  });

  it('when a coalition is named with other spacing or case, then it is one coalition', () => {
    const balance = queueBalance(aMeeting(), at(130).getTime());
    expect(balance.byCoalition).toEqual([
      { key: 'Youth Caucus', interventions: 2, spokenMs: 120_000, waiting: 0 },
    ]);
  });

  it('when a waiting speaker’s category has not been heard, then only that turn is marked', () => {
    expect(queueBalance(aMeeting(), at(130).getTime()).unheard).toEqual(['e3']);
  });

  it('when nothing has happened, then there is nothing to show', () => {
    expect(queueBalance(aQueue(), at(0).getTime())).toEqual({
      byCategory: [],
      byRegion: [],
      byCoalition: [],
      unheard: [],
    });
  });
});
