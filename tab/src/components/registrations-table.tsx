import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { RegistrationRow } from '../api/api-types';
import { dateTimeText, regionName } from '../i18n/formats';
import { useLanguage, useT } from '../i18n/texts-context';
import { DataTable, type Column } from './data-table';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  select: { width: '3rem' },
  note: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/** The registrations shown, each with a checkbox to select it for a decision. */
export function RegistrationsTable(props: {
  caption: string;
  rows: RegistrationRow[];
  categoryLabel: (id: string) => string;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const styles = useStyles();
  const { rows, selected } = props;
  const chosen = rows.filter((r) => selected.has(r.id)).length;
  const all = rows.map((r) => r.id);
  const columns: Column<RegistrationRow>[] = [
    {
      headerClassName: styles.select,
      header: (
        <Checkbox
          aria-label={t('tab.reg.selectAll')}
          data-testid="select-all"
          checked={chosen === 0 ? false : chosen === rows.length ? true : 'mixed'}
          onChange={(_e, data) => props.onSelect(all, data.checked === true)}
        />
      ),
      cell: (row) => (
        <Checkbox
          aria-label={t('tab.reg.selectOne', { name: row.name, reference: row.referenceCode })}
          data-testid="select-registration"
          checked={selected.has(row.id)}
          onChange={(_e, data) => props.onSelect([row.id], data.checked === true)}
        />
      ),
    },
    { header: t('tab.reg.col.reference'), cell: (row) => <bdi>{row.referenceCode}</bdi> },
    {
      header: t('tab.reg.col.name'),
      cell: (row) => (
        <>
          <bdi>{row.name}</bdi>
          {row.sharedEmail && (
            <span className={styles.note} data-testid="shared-email">
              {t('tab.reg.sharedEmail')}
            </span>
          )}
        </>
      ),
    },
    { header: t('tab.reg.col.organization'), cell: (row) => <bdi>{row.organization}</bdi> },
    {
      header: t('tab.reg.col.category'),
      cell: (row) => <bdi>{props.categoryLabel(row.category)}</bdi>,
    },
    {
      header: t('tab.reg.col.country'),
      cell: (row) => <bdi>{regionName(row.country, language)}</bdi>,
    },
    {
      header: t('tab.reg.col.status'),
      cell: (row) => t(`tab.reg.status.${row.status}`),
      cellData: (row) => ({ 'data-testid': 'registration-status', 'data-status': row.status }),
    },
    {
      header: t('tab.reg.col.channel'),
      cell: (row) => t(`tab.reg.channel.${row.channel}`),
      cellData: (row) => ({ 'data-testid': 'registration-channel', 'data-channel': row.channel }),
    },
    {
      header: t('tab.reg.col.registered'),
      cell: (row) => <time dateTime={row.createdAt}>{dateTimeText(row.createdAt, language)}</time>,
    },
  ];
  return (
    <div className={styles.scroll}>
      <DataTable
        testId="registrations-table"
        caption={props.caption}
        rows={rows}
        rowKey={(row) => row.id}
        rowData={(row) => ({
          'data-testid': 'registration-row',
          'data-reference': row.referenceCode,
        })}
        columns={columns}
      />
    </div>
  );
}
