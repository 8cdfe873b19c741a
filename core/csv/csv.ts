import { visibleText } from '../text/visible-text';

/**
 * RFC 4180 CSV as every export of the app writes it: CRLF, every field quoted, and
 * spreadsheet formula injection neutralised (a cell starting with = + - @ tab or CR gets a
 * leading '), since chairs open these files in spreadsheets. Invisible and bidirectional
 * control characters are written out as `<U+XXXX>` so that a name reads as what it is.
 */
export function csvDocument(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One quoted, injection-safe field. */
export function csvCell(value: string): string {
  const shown = visibleText(value);
  const safe = /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
  return `"${safe.replace(/"/g, '""')}"`;
}
