import type { MessageKey } from '../../core/i18n/catalog';
import { escapeHtml as h } from '../../core/meeting/html-text';
import type { PublishedInput } from '../../core/registration/published-inputs';
import type { SessionCounts } from '../../core/summary/session-totals';
import { turnKey } from '../../core/summary/transcript-excerpts';
import type { SummaryPage } from './summary-html';
import { csvLink, minutes, tableHtml, type Table } from './summary-table';

/**
 * The summary across a roundtable's sessions: one row per list of speakers (a plenary, a
 * panel, a breakout group) and a last row of totals. Shown when the event has several lists.
 */
export function sessionsSection(page: SummaryPage): string {
  const { t, event, sessions } = page;
  if (!sessions || sessions.sessions.length < 2) return '';
  const categories = event.stakeholderCategories;
  const guests = sessions.total.byCategory[''] ?? 0;
  const cells = (c: SessionCounts) => [
    String(c.interventions),
    String(c.speakers),
    minutes(c.seconds),
    ...categories.map((cat) => String(c.byCategory[cat.id] ?? 0)),
    ...(guests > 0 ? [String(c.byCategory[''] ?? 0)] : []),
  ];
  const table: Table = {
    id: 'bySession',
    head: [
      t('summary.col.session'),
      t('summary.more.col.kind'),
      t('summary.col.interventions'),
      t('summary.more.col.speakers'),
      t('summary.col.time'),
      ...categories.map((c) => c.label),
      ...(guests > 0 ? [t('summary.more.col.unregistered')] : []),
    ],
    rows: [
      ...sessions.sessions.map((s) => [
        s.partOf ? `${s.partOf}: ${s.title}` : s.title,
        t(`summary.more.kind.${s.kind}` as MessageKey),
        ...cells(s),
      ]),
      [t('summary.more.total'), '', ...cells(sessions.total)],
    ],
  };
  return `<section aria-labelledby="bySession-h">
<h2 id="bySession-h">${h(t('summary.more.section.sessions'))}</h2>
<p>${h(t('summary.more.sessions.note'))}</p>
${tableHtml(page, table, 'wide')}
</section>`;
}

/**
 * What was said in each intervention: the transcript's words between the turn's start and
 * end on the queue's clock, with the transcript's names beside the list's; or why not.
 */
export function saidSection(page: SummaryPage): string {
  const { t, summary, transcript } = page;
  if (!transcript) return '';
  const note = (text: string) =>
    `<p class="note" role="note" data-testid="transcript-note">${h(text)}</p>`;
  let body: string;
  switch (transcript.kind) {
    case 'none':
      body = note(
        page.transcriptRead
          ? t('summary.more.transcript.none')
          : t('summary.more.transcript.notRead'),
      );
      break;
    case 'refused':
      body = note(t('summary.more.transcript.refused', { permission: transcript.permission }));
      break;
    case 'unreadable':
      body = note(t('summary.more.transcript.unreadable'));
      break;
    case 'stored': {
      const table: Table = {
        id: 'said',
        head: [
          t('summary.col.order'),
          t('summary.col.speaker'),
          t('summary.more.col.voice'),
          t('summary.more.col.excerpt'),
        ],
        rows: summary.speakers.map((s) => {
          const excerpt = page.excerpts?.get(turnKey(s.sessionId, s.entryId)) ?? null;
          const words = !excerpt
            ? t('summary.more.noExcerpt')
            : excerpt.hidden
              ? t('summary.more.hidden')
              : excerpt.text;
          return [String(s.order), s.name, excerpt?.voices.join(', ') ?? '', words];
        }),
      };
      body = `<p>${h(t('summary.more.transcript.note'))}</p>${
        table.rows.length === 0
          ? `<p>${h(t('summary.unknown.speakers'))}</p>`
          : tableHtml(page, table, 'wide')
      }`;
    }
  }
  return `<section aria-labelledby="said-h">
<h2 id="said-h">${h(t('summary.more.section.said'))}</h2>
${body}
</section>`;
}

/**
 * The written inputs published, each linked to the public page in the reader's language (a
 * statement to its place on the page, a file to its download), also as CSV.
 */
export function inputsSection(page: SummaryPage): string {
  const { t, inputs, event, language } = page;
  const questions = new Map(event.guidingQuestions.map((q, i) => [q.id, `${i + 1}`]));
  const link = (input: PublishedInput) =>
    input.kind === 'file'
      ? `${page.inputsUrl}/${encodeURIComponent(input.id)}/file`
      : `${page.inputsUrl}?lang=${language}#input-${encodeURIComponent(input.id)}`;
  const table: Table = {
    id: 'inputs',
    head: [
      t('summary.col.organization'),
      t('summary.col.category'),
      t('summary.more.col.questions'),
      t('summary.more.col.kind'),
      t('summary.more.col.published'),
      t('summary.col.input'),
    ],
    rows: inputs.map((i) => [
      i.organization,
      i.category.label,
      i.questions.map((q) => questions.get(q.id) ?? q.id).join(', '),
      i.kind === 'file' ? t('summary.file') : t('summary.text'),
      i.publishedAt.toISOString().slice(0, 10),
      link(i),
    ]),
  };
  const body =
    inputs.length === 0
      ? `<p>${h(t('summary.page.none'))}</p>`
      : `<ul class="inputs" data-testid="inputs">${inputs
          .map(
            (i) =>
              `<li><a href="${h(link(i))}" dir="auto">${h(i.organization)}</a> (${h(i.category.label)}, ${h(
                i.kind === 'file' ? t('summary.file') : t('summary.text'),
              )})</li>`,
          )
          .join('')}</ul>${csvLink(page, table)}`;
  return `<section aria-labelledby="inputs-h">
<h2 id="inputs-h">${h(t('summary.section.inputs'))}</h2>
<p class="control"><a href="${h(`${page.inputsUrl}?lang=${language}`)}" data-testid="inputs-page">${h(t('summary.more.inputs.all'))}</a></p>
${body}
</section>`;
}
