import { aTurn } from '../testing/queue-fixtures';
import { aRegistration } from '../testing/registration-fixtures';
import { seedDialogue, seedRoundtable } from '../testing/roundtable-fixtures';
import type { QueueEntry, SpeakingQueue } from '../speaking-queue/queue-types';
import { emptyQueue } from '../speaking-queue/empty-queue';
import { sessionTotals } from './session-totals';

const NOW = Date.parse('2024-05-10T18:00:00Z');
const event = seedRoundtable();
const ms = aRegistration({ id: 'r-ms', category: 'member-state' });
const ngo = aRegistration({ id: 'r-ngo', category: 'ngo' });

function list(sessionId: string, entries: QueueEntry[]): SpeakingQueue {
  return { ...emptyQueue(event.id, event), sessionId, entries };
}
function turn(id: string, seconds: number, registrationId?: string, status?: QueueEntry['status']) {
  const base = aTurn('Org', seconds, undefined, status, NOW);
  return {
    ...base,
    id,
    speaker: registrationId
      ? { registrationId, name: 'Someone', organization: 'Org' }
      : { name: 'Guest', organization: 'Elsewhere' },
  };
}

describe('sessionTotals', () => {
  it('when lists ran in a plenary, a panel and a breakout group, then each session has its counts and the totals add up', () => {
    const queues = [
      list('opening-plenary', [turn('e1', 120, 'r-ms'), turn('e2', 60, 'r-ngo')]),
      list('signature-panel-1', [turn('e1', 90, 'r-ms'), turn('e2', 30, undefined, 'withdrawn')]),
      list('breakout-groups.breakout-norms', [turn('e1', 45), turn('e2', 15, 'r-ngo', 'speaking')]),
    ];
    const totals = sessionTotals(event, queues, [ms, ngo], NOW);
    const byId = new Map(totals.sessions.map((s) => [s.sessionId, s]));
    expect(byId.get('opening-plenary')).toMatchObject({
      kind: 'plenary',
      interventions: 2,
      speakers: 2,
      seconds: 180,
    });
    expect(byId.get('signature-panel-1')).toMatchObject({ interventions: 1, seconds: 90 });
    expect(byId.get('breakout-groups.breakout-norms')).toMatchObject({
      kind: 'breakout',
      partOf: expect.any(String),
      interventions: 2,
      speakers: 2,
      seconds: 60,
    });
    // A person heard in two sessions counts once across them; time and turns add up.
    expect(totals.total).toMatchObject({ interventions: 5, speakers: 3, seconds: 330 });
    expect(totals.total.byCategory).toMatchObject({ 'member-state': 2, ngo: 2, '': 1 });
    const sum = (key: 'interventions' | 'seconds') =>
      totals.sessions.reduce((s, r) => s + r[key], 0);
    expect(sum('interventions')).toBe(totals.total.interventions);
    expect(sum('seconds')).toBe(totals.total.seconds);
  });

  it('when a session had no list yet, then it is shown with zeros, in programme order', () => {
    const totals = sessionTotals(event, [], [], NOW);
    const ids = totals.sessions.map((s) => s.sessionId);
    expect(ids[0]).toBe('opening-plenary');
    expect(ids).not.toContain('welcome-reception');
    expect(ids).not.toContain('matchmaking');
    expect(totals.sessions.every((s) => s.interventions === 0)).toBe(true);
    expect(totals.total).toMatchObject({ interventions: 0, speakers: 0, seconds: 0 });
  });

  it('when a list is kept under a session the programme no longer has, then it still counts', () => {
    const dialogue = seedDialogue();
    const totals = sessionTotals(dialogue, [list('gone', [turn('e1', 30)])], [], NOW);
    expect(totals.sessions.at(-1)).toMatchObject({ sessionId: 'gone', interventions: 1 });
    expect(totals.total.interventions).toBe(1);
  });
});
