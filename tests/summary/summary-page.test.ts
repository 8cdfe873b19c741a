import { translatorFor } from '../../core/i18n/catalog';
import type { PublishedInput } from '../../core/registration/published-inputs';
import { eventSummary } from '../../core/summary/event-summary';
import { sessionTotals } from '../../core/summary/session-totals';
import { emptyQueue } from '../../core/speaking-queue/empty-queue';
import type { QueueEntry, SpeakingQueue } from '../../core/speaking-queue/queue-types';
import { aTurn } from '../../core/testing/queue-fixtures';
import { aRegistration } from '../../core/testing/registration-fixtures';
import { seedRoundtable } from '../../core/testing/roundtable-fixtures';
import { summaryHtml } from '../../bot/summary/summary-html';

const NOW = new Date('2024-05-10T18:00:00Z');
const event = seedRoundtable();
const ms = aRegistration({ id: 'r-ms', category: 'member-state', organization: 'Kenya' });
const ngo = aRegistration({ id: 'r-ngo', category: 'ngo', organization: 'Digital Rights' });

function turn(id: string, seconds: number, registrationId?: string): QueueEntry {
  const base = aTurn('Org', seconds, undefined, 'done', NOW.getTime());
  const r = [ms, ngo].find((x) => x.id === registrationId);
  return {
    ...base,
    id,
    speaker: r
      ? { registrationId: r.id, name: r.givenName, organization: r.organization }
      : { name: 'Guest', organization: 'Elsewhere' },
  };
}
const list = (sessionId: string, entries: QueueEntry[]): SpeakingQueue => ({
  ...emptyQueue(event.id, event),
  sessionId,
  entries,
});
const QUEUES = [
  list('opening-plenary', [turn('e1', 120, 'r-ms'), turn('e2', 60, 'r-ngo')]),
  list('signature-panel-1', [turn('e1', 90, 'r-ms')]),
  list('breakout-groups.breakout-norms', [turn('e1', 45), turn('e2', 15, 'r-ngo')]),
];
const INPUTS: PublishedInput[] = [
  {
    id: 'in-1',
    organization: 'Digital Rights',
    category: { id: 'ngo', label: 'Non-governmental organization' },
    questions: [],
    kind: 'text',
    text: 'A statement.',
    publishedAt: new Date('2024-05-08T10:00:00Z'),
    updatedAt: new Date('2024-05-08T10:00:00Z'),
  },
  {
    id: 'in-2',
    organization: 'Kenya',
    category: { id: 'member-state', label: 'Member State' },
    questions: [],
    kind: 'file',
    text: '',
    file: { name: 'kenya.pdf', contentType: 'application/pdf', sizeBytes: 1000 },
    publishedAt: new Date('2024-05-09T10:00:00Z'),
    updatedAt: new Date('2024-05-09T10:00:00Z'),
  },
];

function render(language: 'en' | 'ar') {
  const registrations = [ms, ngo];
  return summaryHtml({
    event,
    summary: eventSummary({
      event,
      registrations,
      queues: QUEUES,
      attendance: { kind: 'unavailable' },
      now: NOW.getTime(),
    }),
    sessions: sessionTotals(event, QUEUES, registrations, NOW.getTime()),
    transcript: { kind: 'none' },
    transcriptRead: true,
    excerpts: new Map(),
    inputs: INPUTS,
    inputsUrl: 'https://meetings.example.org/events/rt/inputs',
    language,
    t: translatorFor(language),
    now: NOW,
  });
}

/** The rows of a table of the page, each cell's text. */
function rows(html: string, id: string): string[][] {
  const table = html.split(`data-testid="table-${id}"`)[1]?.split('</table>')[0] ?? '';
  const body = table.split('<tbody>')[1] ?? '';
  return body
    .split('</tr>')
    .filter((r) => r.includes('<t'))
    .map((r) => [...r.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1] ?? ''));
}

describe("The chair's summary of a roundtable: sessions with totals, written inputs", () => {
  it('when lists ran in several sessions, then each session has a row and the last row totals them', () => {
    const table = rows(render('en'), 'bySession');
    const plenary = table.find((r) => r[0] === 'Opening Plenary');
    // Session, kind, interventions, speakers, time, then one column per category.
    expect(plenary?.slice(1, 5)).toEqual(['Plenary', '2', '2', '3:00']);
    const breakout = table.find((r) => r[0]?.endsWith('Norms') || r[0]?.includes('norms'));
    expect(breakout?.slice(1, 5)).toEqual(['Breakout group', '2', '2', '1:00']);
    const total = table[table.length - 1];
    // 5 turns, 3 people (Kenya twice counts once), 5:30, and one guest column at the end.
    expect(total?.slice(0, 5)).toEqual(['All sessions', '', '5', '3', '5:30']);
    expect(total?.[total.length - 1]).toBe('1');
    const sum = table.slice(0, -1).reduce((s, r) => s + Number(r[2]), 0);
    expect(sum).toBe(5);
  });

  it("when written inputs are published, then each links to the public page in the reader's language, also as CSV", () => {
    const html = render('ar');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain(
      'href="https://meetings.example.org/events/rt/inputs?lang=ar#input-in-1"',
    );
    expect(html).toContain('href="https://meetings.example.org/events/rt/inputs/in-2/file"');
    expect(html).toContain('جميع المساهمات المكتوبة المنشورة');
    const href = html
      .split('href="data:text/csv;charset=utf-8,')
      .find((part) => part.includes('data-testid="csv-inputs"'));
    const csv = decodeURIComponent(href?.split('"')[0] ?? '');
    expect(csv).toContain('"Kenya"');
    expect(csv).toContain('https://meetings.example.org/events/rt/inputs?lang=ar#input-in-1');
  });

  it('when the meeting was not transcribed, then the summary says so', () => {
    expect(render('en')).toContain('The meeting was not transcribed');
  });
});
