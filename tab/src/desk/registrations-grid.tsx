import {
  Button,
  createTableColumn,
  makeStyles,
  TableCellLayout,
  tokens,
  type TableColumnDefinition,
  type TableColumnId,
} from '@fluentui/react-components';
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
} from '@fluentui-contrib/react-data-grid-react-window';
import type { CSSProperties } from 'react';
import type { RegistrationStatus } from '../../../core/registration/registration';
import type { RegistrationRow } from '../api/api-types';
import { regionName } from '../i18n/formats';
import { useLanguage, useT } from '../i18n/texts-context';

const STATUS_ORDER: RegistrationStatus[] = [
  'pending',
  'confirmed',
  'waitlisted',
  'declined',
  'withdrawn',
];
const ROW_HEIGHT = 44;

const useStyles = makeStyles({
  grid: { minWidth: 0, maxWidth: '100%', overflowX: 'auto' },
  empty: { padding: tokens.spacingVerticalM },
});

/**
 * Column widths in pixels, fixed on the header's and every row's cells alike: virtual rows are
 * laid out each on its own, so a column that could grow would follow each row's content and the
 * columns would not line up. (Fluent's resizable column sizing would do it too, but its resize
 * handles carry an English label no catalog can reach.)
 */
const WIDTHS: Record<string, number> = {
  reference: 130,
  name: 150,
  organization: 150,
  email: 160,
  category: 110,
  country: 110,
  status: 90,
  speaks: 80,
  coalition: 120,
  channel: 80,
  details: 80,
};
const widthOf = (id: TableColumnId): CSSProperties => {
  const width = WIDTHS[String(id)] ?? 120;
  return {
    flex: `0 0 ${width}px`,
    width,
    minWidth: 0,
    boxSizing: 'border-box',
    overflow: 'hidden',
    display: 'flex',
    alignItems: 'center',
  };
};

/**
 * The registrations as a virtualized Fluent DataGrid (decision 030): sortable columns, rows
 * selected for a decision, and a Details button that opens the drawer. Only the rows in view
 * are in the page, so a thousand rows scroll as easily as ten.
 */
export function RegistrationsGrid(props: {
  rows: RegistrationRow[];
  total: number;
  categoryLabel: (id: string) => string;
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
  onOpen: (row: RegistrationRow) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const styles = useStyles();
  const text = (value: string) => (
    // Each value in its own direction: cut Latin text ends at its end, on Arabic pages too.
    <TableCellLayout truncate main={{ dir: 'auto', title: value }}>
      {value}
    </TableCellLayout>
  );
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const by = (pick: (r: RegistrationRow) => string) => (a: RegistrationRow, b: RegistrationRow) =>
    collator.compare(pick(a), pick(b));
  const column = (
    columnId: string,
    header: string,
    pick: (r: RegistrationRow) => string,
    compare = by(pick),
  ) =>
    createTableColumn<RegistrationRow>({
      columnId,
      compare,
      renderHeaderCell: () => header,
      renderCell: (row) => text(pick(row)),
    });
  const yes = (v: boolean) => (v ? t('tab.desk.yes') : t('tab.desk.no'));
  const columns: TableColumnDefinition<RegistrationRow>[] = [
    column('reference', t('tab.reg.col.reference'), (r) => r.referenceCode),
    column('name', t('tab.reg.col.name'), (r) => r.name),
    column('organization', t('tab.reg.col.organization'), (r) => r.organization),
    column('email', t('tab.desk.col.email'), (r) => r.email),
    column('category', t('tab.reg.col.category'), (r) => props.categoryLabel(r.category)),
    column('country', t('tab.reg.col.country'), (r) => regionName(r.country, language)),
    column(
      'status',
      t('tab.reg.col.status'),
      (r) => t(`tab.reg.status.${r.status}`),
      (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
    ),
    column('speaks', t('tab.desk.col.wishesToSpeak'), (r) => yes(r.wishesToSpeak)),
    column('coalition', t('tab.desk.col.coalition'), (r) => r.coalition ?? ''),
    column('channel', t('tab.reg.col.channel'), (r) => t(`tab.reg.channel.${r.channel}`)),
    createTableColumn<RegistrationRow>({
      columnId: 'details',
      renderHeaderCell: () => <span className="visually-hidden">{t('tab.desk.col.details')}</span>,
      renderCell: (row) => (
        <Button
          size="small"
          appearance="subtle"
          data-testid="open-registration"
          aria-label={t('tab.desk.open', { name: row.name })}
          onClick={(e) => {
            e.stopPropagation(); // a click on the row selects it; this one only opens the drawer
            props.onOpen(row);
          }}
        >
          {t('tab.desk.col.details')}
        </Button>
      ),
    }),
  ];
  const height = Math.min(Math.max(props.rows.length, 1) * ROW_HEIGHT, 12 * ROW_HEIGHT);
  return (
    <DataGrid
      className={styles.grid}
      items={props.rows}
      columns={columns}
      sortable
      selectionMode="multiselect"
      selectedItems={props.selected}
      onSelectionChange={(_e, data) => props.onSelect(new Set([...data.selectedItems].map(String)))}
      getRowId={(row: RegistrationRow) => row.id}
      aria-label={t('tab.desk.gridLabel', { shown: props.rows.length, total: props.total })}
      data-testid="registrations-grid"
      data-rows={props.rows.length}
    >
      <DataGridHeader>
        <DataGridRow
          selectionCell={{ checkboxIndicator: { 'aria-label': t('tab.reg.selectAll') } }}
        >
          {({ renderHeaderCell, columnId }) => (
            <DataGridHeaderCell style={widthOf(columnId)} data-testid={`sort-${columnId}`}>
              {renderHeaderCell()}
            </DataGridHeaderCell>
          )}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<RegistrationRow> itemSize={ROW_HEIGHT} height={height}>
        {({ item, rowId }, style) => (
          <DataGridRow<RegistrationRow>
            key={rowId}
            style={{ ...(style as CSSProperties), display: 'flex' }}
            data-testid="registration-row"
            data-reference={item.referenceCode}
            data-status={item.status}
            selectionCell={{
              checkboxIndicator: {
                'aria-label': t('tab.reg.selectOne', {
                  name: item.name,
                  reference: item.referenceCode,
                }),
              },
            }}
          >
            {({ renderCell, columnId }) => (
              <DataGridCell style={widthOf(columnId)}>{renderCell(item)}</DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
