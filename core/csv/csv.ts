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
  return `"${spreadsheetText(value).replace(/"/g, '""')}"`;
}

/**
 * A cell's text as every export writes it, CSV or spreadsheet: invisible controls spelt out,
 * and a leading = + - @ tab or CR behind a ' so that no spreadsheet reads it as a formula.
 */
export function spreadsheetText(value: string): string {
  const shown = visibleText(value);
  return /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
}

/** The UTF-8 byte-order mark that tells Excel a CSV file is UTF-8 (else "GarcÃ­a"). */
export const UTF8_BOM = '\uFEFF';
