import dialogueJson from '../../examples/oewg-informal-dialogue-2024-02-28.json';
import roundtableJson from '../../examples/global-roundtable-2024-05-10.json';
import type { EventDefinition } from '../event/event';
import { parseEventDefinition } from '../event/event-schema';
import { findQueueSession, openingPlenary, queueSessions, sessionToOpen } from './index';

function parsed(json: unknown): EventDefinition {
  const result = parseEventDefinition(json);
  if (!result.ok) throw new Error('seed events must parse');
  return result.value;
}
const roundtable = parsed(roundtableJson);
const dialogue = parsed(dialogueJson);
/** 10 May 2024 in New York (UTC-4), at a wall-clock time. */
const at = (clock: string) => new Date(`2024-05-10T${clock}:00-04:00`);

describe('queueSessions', () => {
  it('gives the roundtable a list per plenary, panel and breakout group, in programme order', () => {
    expect(queueSessions(roundtable).map((s) => s.id)).toEqual([
      'opening-plenary',
      'signature-panel-1',
      'signature-panel-2',
      'breakout-groups.breakout-threats',
      'breakout-groups.breakout-norms',
      'breakout-groups.breakout-international-law',
      'breakout-groups.breakout-cbms',
      'closing-plenary',
    ]);
    const group = queueSessions(roundtable)[3];
    expect(group).toMatchObject({ partOf: roundtable.programme[5]?.title, kind: 'breakout' });
  });

  it('keeps one list for a virtual dialogue, and one for an event without a programme', () => {
    expect(queueSessions(dialogue).map((s) => s.id)).toEqual(['dialogue']);
    const twoParts = { ...dialogue, programme: [...dialogue.programme, ...roundtable.programme] };
    expect(queueSessions(twoParts).map((s) => s.id)).toEqual(['dialogue']);
    expect(queueSessions({ ...dialogue, programme: [] })).toEqual([
      expect.objectContaining({ id: 'main', title: dialogue.title, speakingSeconds: 180 }),
    ]);
  });

  it("takes a session's own speaking time, and the event's default otherwise", () => {
    const programme = roundtable.programme.map((s) =>
      s.id === 'signature-panel-1' ? { ...s, speakingTimeSeconds: 120 } : s,
    );
    const sessions = queueSessions({ ...roundtable, programme });
    expect(sessions.map((s) => s.speakingSeconds).slice(0, 3)).toEqual([180, 120, 180]);
  });

  it('finds the first list when none is named, and nothing for an unknown id', () => {
    expect(findQueueSession(roundtable, undefined)?.id).toBe('opening-plenary');
    expect(findQueueSession(roundtable, 'closing-plenary')?.id).toBe('closing-plenary');
    expect(findQueueSession(roundtable, 'matchmaking')).toBeUndefined();
    expect(findQueueSession(roundtable, 'no-such-session')).toBeUndefined();
    expect(openingPlenary(roundtable).id).toBe('opening-plenary');
  });
});

describe('sessionToOpen', () => {
  const sessions = queueSessions(roundtable);
  const open = (now: Date, chosen?: { sessionId: string; at: Date }) =>
    sessionToOpen(roundtable, sessions, now, chosen).id;

  it("opens on the session running now in the event's zone, the later one at a boundary", () => {
    expect(open(at('09:30'))).toBe('opening-plenary');
    expect(open(at('10:00'))).toBe('signature-panel-1');
    expect(open(at('17:59'))).toBe('closing-plenary');
  });

  it('opens on the next session between sessions and before the event, the last one after it', () => {
    expect(open(at('13:30'))).toBe('breakout-groups.breakout-threats');
    expect(open(at('07:00'))).toBe('opening-plenary');
    expect(open(at('23:00'))).toBe('closing-plenary');
  });

  it("follows the chair's choice made since the latest session began, not an older one", () => {
    const early = { sessionId: 'signature-panel-2', at: at('09:10') };
    expect(open(at('09:30'), early)).toBe('signature-panel-2');
    expect(open(at('10:05'), early)).toBe('signature-panel-1');
    const unknown = { sessionId: 'matchmaking', at: at('09:20') };
    expect(open(at('09:30'), unknown)).toBe('opening-plenary');
  });
});
