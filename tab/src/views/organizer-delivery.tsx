import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState } from 'react';
import { ApiError, type ApiClient } from '../api/api-client';
import type { DeliveryResponse } from '../api/api-types';
import { failureText, useLoad } from '../api/use-load';
import { DataTable } from '../components/data-table';
import { ErrorNotice } from '../components/error-notice';
import { LoadingSection } from '../components/loading-section';
import { useT } from '../i18n/texts-context';

/** How often to look again while messages are still on their way (only then). */
const WHILE_SENDING_MS = 2_000;

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
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  scroll: { overflowX: 'auto' },
  text: { margin: 0 },
});

/** How the messages to the event's registrants are getting on; failed ones can be retried. */
export function OrganizerDelivery(props: { api: ApiClient; eventId: string; decisions: number }) {
  const { api, eventId, decisions } = props;
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const load = useCallback(() => api.delivery(eventId), [api, eventId]);
  const { data, setData, error: failure, reload } = useLoad(load);
  const error = failureText(failure, t('tab.delivery.loadFailed'));
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();
  const [refusal, setRefusal] = useState<string>();

  useEffect(() => {
    if (decisions > 0) void reload();
  }, [decisions, reload]);
  // Reminders wait for their day: only messages due now are looked after.
  const outstanding = data ? data.counts.pending - data.scheduled + data.counts.sending : 0;
  useEffect(() => {
    if (outstanding === 0) return;
    const timer = setTimeout(() => void reload(), WHILE_SENDING_MS);
    return () => clearTimeout(timer);
  }, [data, outstanding, reload]);

  const retry = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const answer = await api.retryDelivery(eventId);
      setData(answer);
      setNote(t('tab.delivery.retried', { count: answer.retried ?? 0 }));
    } catch (e) {
      setRefusal(e instanceof ApiError ? e.message : t('tab.command.failed'));
    } finally {
      setBusy(false);
    }
  };

  const heading = (
    <h2 id={headingId} className={styles.heading}>
      {t('tab.delivery.heading')}
    </h2>
  );
  if (!data) return <LoadingSection {...{ headingId, heading, error }} className={styles.root} />;
  const { counts, failed } = data;
  const shown = [
    ['sent', counts.sent],
    ['pending', outstanding],
    ['failed', counts.failed],
    ['scheduled', data.scheduled],
    ['cancelled', counts.cancelled],
  ] as const;
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="delivery">
      {heading}
      {error && <ErrorNotice message={error} />}
      <dl className={styles.counts} aria-label={t('tab.delivery.counts')}>
        {shown.map(([status, count]) => (
          <div key={status}>
            <dt>{t(`tab.delivery.${status}`)}</dt>
            <dd data-testid={`delivery-${status}`} data-count={count}>
              {count}
            </dd>
          </div>
        ))}
      </dl>
      <p data-testid="delivery-by-channel">
        {t('tab.delivery.byChannel', {
          teamsSent: data.byChannel.teams.sent,
          teamsWaiting: data.byChannel.teams.pending + data.byChannel.teams.sending,
          teamsFailed: data.byChannel.teams.failed,
          emailSent: data.byChannel.email.sent,
          emailWaiting: data.byChannel.email.pending + data.byChannel.email.sending,
          emailFailed: data.byChannel.email.failed,
        })}
      </p>
      <div className={styles.row}>
        <Button
          appearance="primary"
          data-testid="retry-failed"
          disabledFocusable={busy || counts.failed === 0}
          onClick={() => void retry()}
        >
          {t('tab.delivery.retry')}
        </Button>
        <Button data-testid="refresh-delivery" onClick={() => void reload()}>
          {t('tab.delivery.refresh')}
        </Button>
      </div>
      <div role="status" aria-live="polite" data-testid="retry-result">
        {note && <p className={styles.text}>{note}</p>}
      </div>
      {refusal && <ErrorNotice message={refusal} />}
      {failed.length === 0 ? (
        <p className={styles.text}>{t('tab.delivery.noFailures')}</p>
      ) : (
        <div className={styles.scroll}>
          <FailedTable rows={failed} />
        </div>
      )}
    </section>
  );
}

function FailedTable({ rows }: { rows: DeliveryResponse['failed'] }) {
  const t = useT();
  return (
    <DataTable
      testId="failed-deliveries"
      caption={t('tab.delivery.caption')}
      rows={rows}
      rowKey={(row) => row.id}
      rowData={() => ({ 'data-testid': 'failed-delivery' })}
      columns={[
        { header: t('tab.delivery.col.recipient'), cell: (row) => row.recipientName },
        { header: t('tab.delivery.col.reference'), cell: (row) => row.referenceCode },
        { header: t('tab.delivery.col.kind'), cell: (row) => t(`tab.delivery.kind.${row.kind}`) },
        { header: t('tab.delivery.col.reason'), cell: (row) => row.reason },
        { header: t('tab.delivery.col.attempts'), cell: (row) => row.attempts },
      ]}
    />
  );
}
