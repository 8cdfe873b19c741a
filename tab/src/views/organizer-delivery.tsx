import {
  Button,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState } from 'react';
import { ApiError, type ApiClient } from '../api/api-client';
import { ErrorNotice } from '../components/error-notice';
import { useT } from '../i18n/texts-context';
import { useLoaded } from '../organizer/use-loaded';

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
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
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
  const { data, setData, error, reload } = useLoaded(load, t('tab.delivery.loadFailed'));
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
  if (!data) {
    return (
      <section aria-labelledby={headingId} className={styles.root}>
        {heading}
        {error ? (
          <ErrorNotice message={error} />
        ) : (
          <Spinner size="small" label={t('tab.loading')} />
        )}
      </section>
    );
  }
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
          <Table size="small" data-testid="failed-deliveries">
            <caption className={styles.caption}>{t('tab.delivery.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('tab.delivery.col.recipient')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.delivery.col.reference')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.delivery.col.kind')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.delivery.col.reason')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.delivery.col.attempts')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {failed.map((row) => (
                <TableRow key={row.id} data-testid="failed-delivery">
                  <TableCell>{row.recipientName}</TableCell>
                  <TableCell>{row.referenceCode}</TableCell>
                  <TableCell>{t(`tab.delivery.kind.${row.kind}`)}</TableCell>
                  <TableCell>{row.reason}</TableCell>
                  <TableCell>{row.attempts}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
