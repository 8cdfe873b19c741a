import { announcementOf, type Moment } from '../../tab/src/queue/announcement';

const SPEAKING: Moment = {
  speaker: { entryId: 'e1', label: 'Kenji Sato (Open Standards Institute)' },
  phase: 'running',
  overrun: false,
  isOpen: true,
};

const keys = (before: Moment | undefined, now: Moment) =>
  announcementOf(before, now).map((s) => s.key);

describe('announcementOf', () => {
  it('when the page first shows a state, then nothing is announced', () => {
    expect(keys(undefined, SPEAKING)).toEqual([]);
  });

  it('when nothing a listener cares about changed, then nothing is announced', () => {
    expect(keys(SPEAKING, { ...SPEAKING })).toEqual([]);
  });

  it('when the timer is paused, resumed or started, then that is announced once', () => {
    const paused = { ...SPEAKING, phase: 'paused' as const };
    expect(keys(SPEAKING, paused)).toEqual(['tab.announce.paused']);
    expect(keys(paused, SPEAKING)).toEqual(['tab.announce.resumed']);
    expect(keys({ ...SPEAKING, phase: 'ready' }, SPEAKING)).toEqual(['tab.announce.timerStarted']);
  });

  it('when the speaker runs over time, then it is announced when it happens, not after', () => {
    const over = { ...SPEAKING, overrun: true };
    expect(keys(SPEAKING, over)).toEqual(['tab.announce.overTime']);
    expect(keys(over, { ...over })).toEqual([]);
  });

  it('when the floor changes hands, then the new speaker is named, not the timer reset', () => {
    const next: Moment = {
      ...SPEAKING,
      speaker: { entryId: 'e2', label: 'Lucía' },
      phase: 'ready',
    };
    expect(announcementOf(SPEAKING, next)).toEqual([
      { key: 'tab.current.announce', params: { speaker: 'Lucía' } },
    ]);
    expect(keys(SPEAKING, { overrun: false, isOpen: true })).toEqual(['tab.current.nobody']);
  });

  it('when the viewer moves up to next, then one announcement says the speaker and their turn', () => {
    const before = { ...SPEAKING, mine: { speaking: false, place: 2 } };
    const now: Moment = {
      ...SPEAKING,
      speaker: { entryId: 'e2', label: 'Lucía' },
      mine: { speaking: false, place: 1 },
    };
    expect(keys(before, now)).toEqual(['tab.current.announce', 'tab.announce.yourTurnNext']);
    expect(
      keys(
        { ...now, mine: { speaking: false, place: 3 } },
        { ...now, mine: { speaking: false, place: 2 } },
      ),
    ).toEqual(['tab.announce.yourPlace']);
  });

  it('when the viewer is given the floor, then they are told so rather than their own name', () => {
    const before = { ...SPEAKING, mine: { speaking: false, place: 1 } };
    const now: Moment = {
      ...SPEAKING,
      speaker: { entryId: 'mine', label: 'Amina' },
      mine: { speaking: true, place: null },
    };
    expect(keys(before, now)).toEqual(['tab.announce.yourFloor']);
  });

  it('when the list is closed or opened, then that is announced', () => {
    expect(keys(SPEAKING, { ...SPEAKING, isOpen: false })).toEqual(['tab.announce.listClosed']);
    expect(keys({ ...SPEAKING, isOpen: false }, SPEAKING)).toEqual(['tab.announce.listOpened']);
  });
});
