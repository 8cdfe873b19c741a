import { CHAIR, T0, accept, at, withRequests } from '../testing/queue-fixtures';
import type { AuditRecord } from '../speaking-queue/queue-types';
import { excerptOf, timedCues, turnWindows, type TimedCue } from './transcript-excerpts';

/** Runs a list: person 1 speaks from 0:10 to 1:10, person 2 from 1:10 to 1:40 (finished). */
function ranList() {
  const audit: AuditRecord[] = [];
  let state = withRequests(3);
  const step = (command: Parameters<typeof accept>[1], seconds: number) => {
    const result = accept(state, command, CHAIR, at(seconds));
    audit.push(result.audit);
    state = result.state;
  };
  step({ type: 'callNext' }, 10);
  step({ type: 'startTimer' }, 12);
  step({ type: 'callNext' }, 70);
  step({ type: 'startTimer' }, 71);
  step({ type: 'finishTurn' }, 100);
  step({ type: 'callNext' }, 130);
  return { state, audit };
}

const cue = (from: number, to: number, voice: string | null, text: string): TimedCue => ({
  at: T0.getTime() + from * 1000,
  end: T0.getTime() + to * 1000,
  voice,
  text,
});

describe('turnWindows', () => {
  it("when the chair gave and ended the floor, then each turn's window runs from its call to its end", () => {
    const { state, audit } = ranList();
    const now = at(150).getTime();
    const windows = turnWindows(state, audit, now);
    const [first, second, third] = state.entries;
    expect(windows.get(first!.id)).toEqual({ from: at(10).getTime(), to: at(70).getTime() });
    expect(windows.get(second!.id)).toEqual({ from: at(70).getTime(), to: at(100).getTime() });
    // Still speaking: up to now.
    expect(windows.get(third!.id)).toEqual({ from: at(130).getTime(), to: now });
  });

  it('when a turn never had the floor, then it has no window', () => {
    const state = withRequests(2);
    expect(turnWindows(state, [], T0.getTime()).size).toBe(0);
  });
});

describe('excerptOf', () => {
  const cues = [
    cue(5, 11, 'Chair', 'The floor is yours.'),
    cue(12, 30, 'Person 1', 'Thank you.'),
    cue(60, 72, 'Person 1', 'To conclude.'),
    cue(69, 75, 'Person 2', 'Thank you, Chair.'),
  ];
  const window = { from: at(10).getTime(), to: at(70).getTime() };

  it('when cues fall mostly inside the window, then they make the excerpt with their voices', () => {
    expect(excerptOf(cues, window, false)).toEqual({
      voices: ['Person 1'],
      text: 'Thank you. To conclude.',
      hidden: false,
    });
  });

  it('when nothing was said in the window, then there is no excerpt', () => {
    expect(excerptOf(cues, { from: at(200).getTime(), to: at(210).getTime() }, false)).toBeNull();
  });

  it('when the VTT times are placed at the transcript start, then they are on the wall clock', () => {
    expect(
      timedCues(T0.getTime(), [{ startMs: 1500, endMs: 2000, voice: null, text: 'x' }]),
    ).toEqual([{ at: T0.getTime() + 1500, end: T0.getTime() + 2000, voice: null, text: 'x' }]);
  });
});
