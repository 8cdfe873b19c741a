import { csvDocument } from '../../core/csv/csv';
import { escapeHtml as h } from '../../core/meeting/html-text';
import type { SummaryPage } from './summary-html';

/** A table: headings, rows of cells, and the same as CSV. */
export interface Table {
  id: string;
  head: string[];
  rows: string[][];
}

export function figure(page: SummaryPage, chart: string, table: Table): string {
  return `<div class="figure">${chart ? `<div class="chart">${chart}</div>` : ''}${tableHtml(page, table)}</div>`;
}

export function tableHtml(page: SummaryPage, table: Table, kind = ''): string {
  const head = table.head.map((c) => `<th scope="col">${h(c)}</th>`).join('');
  const rows = table.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row" dir="auto">${h(c)}</th>` : `<td dir="auto">${h(c)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<div class="table ${kind}"><table data-testid="table-${table.id}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>${csvLink(page, table)}</div>`;
}

/** The table as a CSV file, inline so that a single-use page needs no second request. */
export function csvLink(page: SummaryPage, table: Table): string {
  const csv = `\uFEFF${csvDocument([table.head, ...table.rows])}`;
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  return `<p class="control"><a href="${href}" download="${h(`${page.event.id}-${table.id}.csv`)}" data-testid="csv-${table.id}">${h(page.t('summary.page.csv'))}</a></p>`;
}

export function minutes(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
