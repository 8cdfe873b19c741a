import {
  Field,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { InvitationsResponse, InvitationStatus } from '../api/roundtable-types';
import { useT } from '../i18n/texts-context';
import { ExportButton } from './export-button';

const STATUSES: InvitationStatus[] = ['accepted', 'declined', 'noAnswer'];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  tools: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'end', flexWrap: 'wrap' },
  scroll: { overflowX: 'auto', maxHeight: '32rem', overflowY: 'auto' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
});

/** The chair's view of every State's invitation: counts, a filter by answer, the CSV export. */
export function InvitationsSection(props: {
  api: ApiClient;
  eventId: string;
  data: InvitationsResponse;
}) {
  const { data } = props;
  const t = useT();
  const styles = useStyles();
  const [status, setStatus] = useState<InvitationStatus | 'all'>('all');
  const rows = data.invitations.filter((i) => status === 'all' || i.status === status);
  const s = data.summary;
  const caption = t('tab.invitations.caption', { shown: rows.length, total: s.total });
  return (
    <section className={styles.section} aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" className={styles.heading}>
        {t('tab.invitations.heading')}
      </h2>
      {s.total === 0 ? (
        <p>{t('tab.invitations.none')}</p>
      ) : (
        <>
          <p data-testid="invitations-summary">
            {t('tab.invitations.summary', {
              total: s.total,
              accepted: s.accepted,
              declined: s.declined,
              noAnswer: s.noAnswer,
              remarks: s.openingRemarksRequested,
            })}
          </p>
          <div className={styles.tools}>
            <Field label={t('tab.invitations.filter')}>
              <Select
                value={status}
                data-testid="invitations-filter"
                onChange={(_e, d) => setStatus(d.value as InvitationStatus | 'all')}
              >
                <option value="all">{t('tab.invitations.filterAll')}</option>
                {STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`tab.invitations.status.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <ExportButton api={props.api} eventId={props.eventId} list="invitations" />
          </div>
          {/* Scrolls on its own (195 rows), so it takes focus for keyboard scrolling. */}
          <div
            className={styles.scroll}
            role="region"
            aria-label={caption}
            tabIndex={0}
            data-testid="invitations-scroll"
          >
            <InvitationsTable caption={caption} rows={rows} captionClass={styles.caption} />
          </div>
        </>
      )}
    </section>
  );
}

function InvitationsTable(props: {
  caption: string;
  rows: InvitationsResponse['invitations'];
  captionClass: string;
}) {
  const t = useT();
  return (
    <Table size="small" data-testid="invitations-table">
      <caption className={props.captionClass}>{props.caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('tab.invitations.col.state')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.invitations.col.status')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.invitations.col.head')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.invitations.col.level')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.invitations.col.remarks')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((row) => {
          const head = row.headOfDelegation;
          return (
            <TableRow key={row.stateCode} data-testid="invitation-row" data-state={row.stateCode}>
              <TableCell>
                <bdi>{row.stateName}</bdi>
              </TableCell>
              <TableCell data-testid="invitation-status" data-status={row.status}>
                {t(`tab.invitations.status.${row.status}`)}
              </TableCell>
              <TableCell>{head && <bdi>{`${head.name}, ${head.title}`}</bdi>}</TableCell>
              <TableCell>{head ? t(`tab.level.${head.level}`) : ''}</TableCell>
              <TableCell>
                {row.openingRemarksRequestedAt
                  ? t('tab.invitations.remarksRequested')
                  : t('tab.invitations.remarksNone')}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
