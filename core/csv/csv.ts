/**
 * RFC 4180 CSV as every export of the app writes it: CRLF, every field quoted, and
 * spreadsheet formula injection neutralised (a cell starting with = + - @ tab or CR gets a
 * leading '), since chairs open these files in spreadsheets.
 */
export function csvDocument(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One quoted, injection-safe field. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
