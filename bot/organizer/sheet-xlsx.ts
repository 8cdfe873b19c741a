import writeXlsxFile from 'write-excel-file/node';
import { spreadsheetText } from '../../core/csv/csv';

/**
 * A sheet of text cells as an .xlsx workbook (decision 030b): the first row bold and kept in
 * view, every cell a string (never a formula), written as the CSV writes it (spreadsheetText).
 */
export async function sheetXlsx(
  rows: ReadonlyArray<readonly string[]>,
  options: { sheetName: string; rightToLeft?: boolean },
): Promise<Buffer> {
  const data = rows.map((cells, i) =>
    cells.map((value) => ({
      type: String,
      value: spreadsheetText(value),
      ...(i === 0 ? { fontWeight: 'bold' as const } : {}),
    })),
  );
  return writeXlsxFile(data, {
    // Excel refuses sheet names over 31 characters or with []:*?/\
    sheet: options.sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1',
    stickyRowsCount: 1,
    ...(options.rightToLeft ? { rightToLeft: true } : {}),
  }).toBuffer();
}
