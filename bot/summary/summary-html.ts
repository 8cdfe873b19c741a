import type { EventDefinition } from '../../core/event/event';
import type { PublishedInput } from '../../core/registration/published-inputs';
import {
  isRightToLeft,
  type Language,
  type Translate,
  type MessageKey,
} from '../../core/i18n/catalog';
import { escapeHtml as h } from '../../core/meeting/html-text';
import type { EventSummary, SummaryRow } from '../../core/summary/event-summary';
import { formatInZone, toInstant } from '../../core/time/zoned-time';
import { columnsSvg, groupedBarsSvg } from './summary-charts';
import { inputsSection, saidSection, sessionsSection } from './summary-sections';
import { figure, minutes, tableHtml, type Table } from './summary-table';
import type { SessionTotals } from '../../core/summary/session-totals';
import type { Excerpt, TranscriptState } from '../../core/summary/transcript-excerpts';

export interface SummaryPage {
  event: EventDefinition;
  summary: EventSummary;
  inputs: PublishedInput[];
  /** Where the published inputs page lives (`${publicUrl}/events/<id>/inputs`). */
  inputsUrl: string;
  language: Language;
  t: Translate;
  now: Date;
  /** Each list of speakers and totals across them (shown when there is more than one). */
  sessions?: SessionTotals;
  /** The meeting's transcript as read after it (`none` also before it is read). */
  transcript?: TranscriptState;
  transcriptRead?: boolean;
  /** Excerpts by `turnKey(sessionId, entryId)`. */
  excerpts?: ReadonlyMap<string, Excerpt | null>;
}

/**
 * The chair's summary as one printable HTML page with no script: SVG charts with title,
 * description and the table beside them, each table also as a CSV download. Printing repeats
 * the page header (event and date) on every page: the whole page is one table whose `<thead>`
 * Chromium repeats on each printed page; the download links are hidden in print.
 */
export function summaryHtml(page: SummaryPage): string {
  const { event, summary, language, t } = page;
  const start = toInstant(event.start, event.timeZone);
  const date = start ? formatInZone(start, event.timeZone, language) : event.start;
  const title = t('summary.page.title', { title: event.title });
  const header = t('summary.page.header', { title: event.title, date });
  const sections = [
    totalsSection(page),
    registrationsSection(page),
    groupSection(
      page,
      'byCategory',
      'summary.section.byCategory',
      'summary.col.category',
      summary.byCategory.map((r) => ({ ...r, label: r.label })),
    ),
    groupSection(
      page,
      'byRegion',
      'summary.section.byRegion',
      'summary.col.region',
      summary.byRegion.map((r) => ({ ...r, label: t(`summary.region.${r.key}` as MessageKey) })),
    ),
    groupSection(
      page,
      'byCoalition',
      'summary.section.byCoalition',
      'summary.col.coalition',
      summary.byCoalition,
      false,
    ),
    groupSection(
      page,
      'byOrganization',
      'summary.section.byOrganization',
      'summary.col.organization',
      summary.byOrganization,
      false,
    ),
    sessionsSection(page),
    speakersSection(page),
    saidSection(page),
    questionsSection(page),
    unregisteredSection(page),
    inputsSection(page),
  ].join('\n');
  return `<!doctype html>
<html lang="${language}" dir="${isRightToLeft(language) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<table class="page" role="presentation">
<thead><tr><td><div class="running-header" data-testid="running-header">${h(header)}</div></td></tr></thead>
<tbody><tr><td>
<main>
<h1>${h(title)}</h1>
<p class="made">${h(t('summary.page.made', { made: formatInZone(page.now, event.timeZone, language) }))}</p>
${sections}
</main>
</td></tr></tbody>
</table>
</body>
</html>
`;
}

function totalsSection(page: SummaryPage): string {
  const { summary, t } = page;
  const notes: string[] = [];
  const a = summary.attendance;
  if (a.kind === 'pending') notes.push(t('summary.unknown.attendancePending'));
  if (a.kind === 'refused')
    notes.push(t('summary.unknown.attendanceRefused', { permission: a.permission }));
  if (a.kind === 'unavailable') notes.push(t('summary.unknown.attendanceUnavailable'));
  if (summary.notYetKnown.includes('speakers')) notes.push(t('summary.unknown.speakers'));
  const n = (v: number | null) => (v === null ? t('summary.notKnown') : String(v));
  return `<section aria-labelledby="totals-h">
<h2 id="totals-h">${h(t('summary.section.totals'))}</h2>
<dl class="totals" data-testid="totals">
<div><dt>${h(t('summary.col.registered'))}</dt><dd data-total="registered">${n(summary.totals.registered)}</dd></div>
<div><dt>${h(t('summary.col.confirmed'))}</dt><dd data-total="confirmed">${n(summary.totals.confirmed)}</dd></div>
<div><dt>${h(t('summary.col.attended'))}</dt><dd data-total="attended">${n(summary.totals.attended)}</dd></div>
<div><dt>${h(t('summary.col.spoke'))}</dt><dd data-total="spoke">${n(summary.totals.spoke)}</dd></div>
</dl>
${notes.map((note) => `<p class="note" role="note" data-testid="not-known">${h(note)}</p>`).join('\n')}
</section>`;
}

function registrationsSection(page: SummaryPage): string {
  const { summary, t } = page;
  const points = summary.registrationsOverTime;
  const table: Table = {
    id: 'registrations',
    head: [t('summary.col.day'), t('summary.col.total')],
    rows: points.map((p) => [p.day, String(p.total)]),
  };
  const first = points[0];
  const last = points[points.length - 1];
  const chart =
    first && last
      ? columnsSvg({
          id: 'chart-registrations',
          title: t('summary.chart.registrations.title'),
          desc: t('summary.chart.registrations.desc', {
            first: first.day,
            last: last.day,
            total: last.total,
          }),
          points: points.map((p) => ({ label: p.day, value: p.total })),
        })
      : '';
  return `<section aria-labelledby="registrations-h" class="keep">
<h2 id="registrations-h">${h(t('summary.section.registrations'))}</h2>
${figure(page, chart, table)}
</section>`;
}

function groupSection(
  page: SummaryPage,
  id: string,
  heading: MessageKey,
  column: MessageKey,
  rows: SummaryRow[],
  withChart = true,
): string {
  const { t } = page;
  const n = (v: number | null) => (v === null ? '' : String(v));
  const table: Table = {
    id,
    head: [
      t(column),
      t('summary.col.registered'),
      t('summary.col.confirmed'),
      t('summary.col.attended'),
      t('summary.col.spoke'),
      t('summary.col.interventions'),
      t('summary.col.time'),
    ],
    rows: rows.map((r) => [
      r.label,
      n(r.registered),
      n(r.confirmed),
      n(r.attended),
      n(r.spoke),
      n(r.interventions),
      minutes(r.speakingSeconds),
    ]),
  };
  const chart =
    withChart && rows.length > 0
      ? groupedBarsSvg({
          id: `chart-${id}`,
          title: t('summary.chart.groups.title', { section: t(heading) }),
          desc: t('summary.chart.groups.desc', { count: rows.length }),
          series: [t('summary.col.registered'), t('summary.col.attended'), t('summary.col.spoke')],
          groups: rows.map((r) => ({
            label: r.label,
            values: [r.registered, r.attended, r.spoke],
          })),
        })
      : '';
  return `<section aria-labelledby="${id}-h" class="keep">
<h2 id="${id}-h">${h(t(heading))}</h2>
${rows.length === 0 ? `<p>${h(t('summary.page.none'))}</p>` : figure(page, chart, table)}
</section>`;
}

function speakersSection(page: SummaryPage): string {
  const { summary, t, event } = page;
  const questions = new Map(event.guidingQuestions.map((q, i) => [q.id, `${i + 1}. ${q.text}`]));
  const sessions = new Map<string, string>(event.programme.map((s) => [s.id, s.title]));
  for (const s of page.sessions?.sessions ?? []) {
    sessions.set(s.sessionId, s.partOf ? `${s.partOf}: ${s.title}` : s.title);
  }
  const table: Table = {
    id: 'speakers',
    head: [
      t('summary.col.order'),
      ...(event.programme.length > 1 ? [t('summary.col.session')] : []),
      t('summary.col.speaker'),
      t('summary.col.organization'),
      t('summary.col.members'),
      t('summary.col.question'),
      t('summary.col.time'),
    ],
    rows: summary.speakers.map((s) => [
      String(s.order),
      ...(event.programme.length > 1 ? [sessions.get(s.sessionId) ?? s.sessionId] : []),
      s.name,
      s.organization,
      s.coalition
        ? `${s.coalition.name}: ${s.coalition.members.join(', ')}`
        : t('summary.ownOrganization'),
      s.questionId ? (questions.get(s.questionId) ?? s.questionId) : t('summary.noQuestion'),
      minutes(s.seconds),
    ]),
  };
  return `<section aria-labelledby="speakers-h" class="break-before">
<h2 id="speakers-h">${h(t('summary.section.speakers'))}</h2>
${summary.speakers.length === 0 ? `<p>${h(t('summary.unknown.speakers'))}</p>` : tableHtml(page, table, 'wide')}
</section>`;
}

function questionsSection(page: SummaryPage): string {
  const { summary, t, event } = page;
  const questions = new Map(event.guidingQuestions.map((q, i) => [q.id, `${i + 1}. ${q.text}`]));
  const table: Table = {
    id: 'byQuestion',
    head: [t('summary.col.question'), t('summary.col.interventions'), t('summary.col.time')],
    rows: summary.byQuestion.map((q) => [
      q.questionId ? (questions.get(q.questionId) ?? q.questionId) : t('summary.noQuestion'),
      String(q.interventions),
      minutes(q.seconds),
    ]),
  };
  return `<section aria-labelledby="byQuestion-h">
<h2 id="byQuestion-h">${h(t('summary.section.byQuestion'))}</h2>
${tableHtml(page, table, 'wide')}
</section>`;
}

function unregisteredSection(page: SummaryPage): string {
  const { summary, t } = page;
  if (summary.attendance.kind !== 'stored') return '';
  const table: Table = {
    id: 'unregistered',
    head: [t('summary.col.name'), t('summary.col.email'), t('summary.col.time')],
    rows: summary.unregisteredAttendees.map((u) => [u.name, u.email ?? '', minutes(u.seconds)]),
  };
  return `<section aria-labelledby="unregistered-h">
<h2 id="unregistered-h">${h(t('summary.section.unregistered'))}</h2>
${table.rows.length === 0 ? `<p>${h(t('summary.page.none'))}</p>` : tableHtml(page, table)}
</section>`;
}

const CSS = `
:root { color: #1b1b1b; background: #fff; font-family: system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", sans-serif; }
body { margin: 0 auto; max-width: 64rem; padding: 0 1rem; line-height: 1.4; }
table.page { width: 100%; border-collapse: collapse; }
table.page > thead > tr > td, table.page > tbody > tr > td { padding: 0; border: 0; }
.running-header { display: none; font-size: 0.8rem; border-bottom: 1px solid #555; padding: 0.2rem 0; margin-bottom: 0.5rem; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem; break-after: avoid-page; }
.made, .note { color: #333; }
.note { border-inline-start: 4px solid #8a4b08; padding-inline-start: 0.5rem; }
.totals { display: flex; gap: 1.5rem; flex-wrap: wrap; }
.totals div { border: 1px solid #ccc; padding: 0.4rem 0.8rem; }
.totals dt { font-size: 0.85rem; }
.totals dd { margin: 0; font-size: 1.5rem; font-weight: bold; }
.figure { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.chart svg { max-width: 100%; height: auto; }
.table table { border-collapse: collapse; font-size: 0.85rem; }
.table th, .table td { border: 1px solid #bbb; padding: 0.2rem 0.4rem; text-align: start; vertical-align: top; }
.table thead th { background: #eef2f7; }
.table tbody th { font-weight: normal; }
.table.wide, .table.wide table { width: 100%; }
a { color: #0b4f8a; }
.control a { font-size: 0.85rem; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { max-width: none; padding: 0; }
  .running-header { display: block; }
  .control { display: none !important; }
  section.keep { break-inside: avoid-page; }
  section.break-before { break-before: page; }
  .table thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
