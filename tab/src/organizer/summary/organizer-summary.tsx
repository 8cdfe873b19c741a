import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import type { SummaryResponse } from '../../../../core/api/summary-api';
import { ApiError, type ApiClient } from '../../api/api-client';
import { failureText, useLoad } from '../../api/use-load';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingSection } from '../../components/loading-section';
import { useT } from '../../i18n/texts-context';
import { SummaryExcerpts } from './summary-excerpts';

type Row = SummaryResponse['byCategory'][number];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXL,
    margin: 0,
    '& div': { display: 'flex', flexDirection: 'column-reverse' },
    '& dd': { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  },
  scroll: { overflowX: 'auto' },
  text: { margin: 0 },
  link: { wordBreak: 'break-all' },
});

/**
 * The organizer page's attendance and summary section (issue 24): registered, confirmed,
 * attended and spoke per category, regional group, coalition and organization; who attended
 * without registering, apart; and a single-use link to the printable summary page.
 * Self-contained: the desk mounts it with one line.
 */
export function OrganizerSummary({ api, eventId }: { api: ApiClient; eventId: string }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const load = useCallback(() => api.summary(eventId), [api, eventId]);
  const { data, error: failure } = useLoad(load);
  const error = failureText(failure, t('tab.summary.failed'));
  const [link, setLink] = useState<string>();
  const [refusal, setRefusal] = useState<string>();

  const open = async () => {
    setRefusal(undefined);
    try {
      const made = await api.summaryLink(eventId);
      setLink(made.url);
      window.open(made.url, '_blank', 'noopener');
    } catch (e) {
      setRefusal(e instanceof ApiError ? e.message : t('tab.summary.failed'));
    }
  };

  const heading = (
    <h2 id={headingId} className={styles.heading}>
      {t('tab.summary.heading')}
    </h2>
  );
  if (!data) {
    return (
      <LoadingSection
        headingId={headingId}
        heading={heading}
        error={error}
        className={styles.root}
      />
    );
  }
  const n = (v: number | null) => (v === null ? '–' : String(v));
  const columns = (first: string): Column<Row>[] => [
    // Categories, regions, coalitions and organizations are the event's data: each in its own direction.
    { header: first, cell: (r) => <bdi>{r.label}</bdi> },
    { header: t('tab.summary.registered'), cell: (r) => n(r.registered) },
    { header: t('tab.summary.confirmed'), cell: (r) => n(r.confirmed) },
    { header: t('tab.summary.attended'), cell: (r) => n(r.attended) },
    { header: t('tab.summary.spoke'), cell: (r) => n(r.spoke) },
  ];
  const table = (caption: string, rows: Row[], testId: string) => (
    <div className={styles.scroll}>
      <DataTable
        caption={caption}
        columns={columns(t('tab.summary.group'))}
        rows={rows}
        rowKey={(r) => r.key}
        empty={t('tab.summary.none')}
        testId={testId}
      />
    </div>
  );
  const a = data.attendance;
  const note =
    a.kind === 'pending'
      ? t('tab.summary.pending')
      : a.kind === 'refused'
        ? t('tab.summary.refused', { permission: a.permission })
        : a.kind === 'unavailable'
          ? t('tab.summary.unavailable')
          : undefined;
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="organizer-summary">
      {heading}
      <dl className={styles.counts} data-testid="summary-totals">
        <div>
          <dt>{t('tab.summary.registered')}</dt>
          <dd>{n(data.totals.registered)}</dd>
        </div>
        <div>
          <dt>{t('tab.summary.confirmed')}</dt>
          <dd>{n(data.totals.confirmed)}</dd>
        </div>
        <div>
          <dt>{t('tab.summary.attended')}</dt>
          <dd>{n(data.totals.attended)}</dd>
        </div>
        <div>
          <dt>{t('tab.summary.spoke')}</dt>
          <dd>{n(data.totals.spoke)}</dd>
        </div>
      </dl>
      {note && (
        <p className={styles.text} role="note" data-testid="summary-attendance-note">
          {note}
        </p>
      )}
      <div>
        <Button appearance="primary" onClick={() => void open()} data-testid="summary-open">
          {t('tab.summary.open')}
        </Button>
      </div>
      {link && (
        <p className={styles.text}>
          {t('tab.summary.linkNote')}{' '}
          <a className={styles.link} href={link} target="_blank" rel="noopener noreferrer">
            {link}
          </a>
        </p>
      )}
      {refusal && <ErrorNotice message={refusal} />}
      {data.excerpts && data.excerpts.length > 0 && (
        <SummaryExcerpts api={api} eventId={eventId} excerpts={data.excerpts} />
      )}
      {table(t('tab.summary.byCategory'), data.byCategory, 'summary-by-category')}
      {table(t('tab.summary.byRegion'), data.byRegion, 'summary-by-region')}
      {table(t('tab.summary.byCoalition'), data.byCoalition, 'summary-by-coalition')}
      {table(t('tab.summary.byOrganization'), data.byOrganization, 'summary-by-organization')}
      <div className={styles.scroll}>
        <DataTable
          caption={t('tab.summary.unregistered')}
          columns={[
            { header: t('tab.summary.name'), cell: (u) => u.name },
            { header: t('tab.summary.email'), cell: (u) => u.email ?? '' },
          ]}
          rows={data.unregisteredAttendees}
          rowKey={(u) => `${u.email ?? ''}|${u.name}`}
          empty={t('tab.summary.none')}
          testId="summary-unregistered"
        />
      </div>
    </section>
  );
}
