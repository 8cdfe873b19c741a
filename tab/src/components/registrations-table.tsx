import {
  Checkbox,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { RegistrationRow } from '../api/api-types';
import { dateTimeText, regionName } from '../i18n/formats';
import { useLanguage, useT } from '../i18n/texts-context';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
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
  return (
    <div className={styles.scroll}>
      <Table size="small" data-testid="registrations-table">
        <caption className={styles.caption}>{props.caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.select}>
              <Checkbox
                aria-label={t('tab.reg.selectAll')}
                data-testid="select-all"
                checked={chosen === 0 ? false : chosen === rows.length ? true : 'mixed'}
                onChange={(_e, data) => props.onSelect(all, data.checked === true)}
              />
            </TableHeaderCell>
            <TableHeaderCell>{t('tab.reg.col.reference')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.reg.col.name')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.reg.col.organization')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.reg.col.category')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.reg.col.country')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.reg.col.status')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.reg.col.registered')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow
              key={row.id}
              data-testid="registration-row"
              data-reference={row.referenceCode}
            >
              <TableCell>
                <Checkbox
                  aria-label={t('tab.reg.selectOne', {
                    name: row.name,
                    reference: row.referenceCode,
                  })}
                  data-testid="select-registration"
                  checked={selected.has(row.id)}
                  onChange={(_e, data) => props.onSelect([row.id], data.checked === true)}
                />
              </TableCell>
              <TableCell>
                <bdi>{row.referenceCode}</bdi>
              </TableCell>
              <TableCell>
                <bdi>{row.name}</bdi>
                {row.sharedEmail && (
                  <span className={styles.note} data-testid="shared-email">
                    {t('tab.reg.sharedEmail')}
                  </span>
                )}
              </TableCell>
              <TableCell>
                <bdi>{row.organization}</bdi>
              </TableCell>
              <TableCell>
                <bdi>{props.categoryLabel(row.category)}</bdi>
              </TableCell>
              <TableCell>
                <bdi>{regionName(row.country, language)}</bdi>
              </TableCell>
              <TableCell data-testid="registration-status" data-status={row.status}>
                {t(`tab.reg.status.${row.status}`)}
              </TableCell>
              <TableCell>
                <time dateTime={row.createdAt}>{dateTimeText(row.createdAt, language)}</time>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
