import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { InvitationsResponse, InvitationStatus } from '../api/roundtable-types';
import { DataTable, type Column } from '../components/data-table';
import { useT } from '../i18n/texts-context';
import { ExportButton } from './export-button';

const STATUSES: InvitationStatus[] = ['accepted', 'declined', 'noAnswer'];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  tools: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'end', flexWrap: 'wrap' },
  scroll: { overflowX: 'auto', maxHeight: '32rem', overflowY: 'auto' },
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
            <InvitationsTable caption={caption} rows={rows} />
          </div>
        </>
      )}
    </section>
  );
}

type Row = InvitationsResponse['invitations'][number];

function InvitationsTable(props: { caption: string; rows: Row[] }) {
  const t = useT();
  const columns: Column<Row>[] = [
    { header: t('tab.invitations.col.state'), cell: (row) => <bdi>{row.stateName}</bdi> },
    {
      header: t('tab.invitations.col.status'),
      cell: (row) => t(`tab.invitations.status.${row.status}`),
      cellData: (row) => ({ 'data-testid': 'invitation-status', 'data-status': row.status }),
    },
    {
      header: t('tab.invitations.col.head'),
      cell: ({ headOfDelegation: head }) => head && <bdi>{`${head.name}, ${head.title}`}</bdi>,
    },
    {
      header: t('tab.invitations.col.level'),
      cell: ({ headOfDelegation: head }) => (head ? t(`tab.level.${head.level}`) : ''),
    },
    {
      header: t('tab.invitations.col.remarks'),
      cell: (row) =>
        row.openingRemarksRequestedAt
          ? t('tab.invitations.remarksRequested')
          : t('tab.invitations.remarksNone'),
    },
  ];
  return (
    <DataTable
      testId="invitations-table"
      caption={props.caption}
      rows={props.rows}
      rowKey={(row) => row.stateCode}
      rowData={(row) => ({ 'data-testid': 'invitation-row', 'data-state': row.stateCode })}
      columns={columns}
    />
  );
}
