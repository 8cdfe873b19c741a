import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Test and data attributes for a row or a cell (`data-testid`, `data-status`, ...). */
export type DataAttributes = Record<`data-${string}`, string>;

/** One column: its header, and what each row shows in it. */
export interface Column<R> {
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** Attributes of the column's cells, e.g. a status for tests to read. */
  cellData?: (row: R) => DataAttributes;
  headerClassName?: string;
}

const useStyles = makeStyles({
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
});

/**
 * The organizer page's tables: a caption, a header row and one row per item (or one `empty`
 * row), so every list on the page reads and is announced alike.
 */
export function DataTable<R>(props: {
  caption: string;
  columns: Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowData?: (row: R) => DataAttributes;
  empty?: string;
  testId: string;
}) {
  const styles = useStyles();
  const { columns, rows } = props;
  return (
    <Table size="small" data-testid={props.testId}>
      <caption className={styles.caption}>{props.caption}</caption>
      <TableHeader>
        <TableRow>
          {columns.map((c, i) => (
            <TableHeaderCell key={i} className={c.headerClassName}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.length === 0 && props.empty !== undefined ? (
          <TableRow>
            <TableCell colSpan={columns.length}>{props.empty}</TableCell>
          </TableRow>
        ) : (
          rows.map((row) => (
            <TableRow key={props.rowKey(row)} {...props.rowData?.(row)}>
              {columns.map((c, i) => (
                <TableCell key={i} {...c.cellData?.(row)}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
