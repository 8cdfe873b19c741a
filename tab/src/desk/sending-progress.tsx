import { Button, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/api-client';
import type { DeliveryResponse } from '../api/api-types';
import { ErrorNotice } from '../components/error-notice';
import { useT } from '../i18n/texts-context';

/**
 * How often the counts are read again while messages go out. The report is one grouped query
 * in the store, but a room of chairs' screens need not ask every second for a progress bar.
 */
const POLL_MS = 3_000;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { margin: 0 },
  stop: { alignSelf: 'start' },
});

/** Counts of one delivery report that the progress reads: due now, not reminders ahead. */
function tally(d: DeliveryResponse) {
  return {
    sent: d.counts.sent,
    failed: d.counts.failed,
    waiting: d.counts.pending - d.scheduled + d.counts.sending,
  };
}

/**
 * The messages of a mass action going out, counted live (read again every 3 seconds while any
 * wait), with a Stop button: stopping cancels those not yet sent and says how many.
 */
export function SendingProgress(props: {
  api: ApiClient;
  eventId: string;
  /** The delivery counts just before the action, so only its messages are counted. */
  before: DeliveryResponse;
  /** The desk's live region: told the first count, then the end (done or stopped), once each. */
  say?: (text: string) => void;
}) {
  const { api, eventId, before, say } = props;
  const t = useT();
  const styles = useStyles();
  const [now, setNow] = useState<DeliveryResponse>();
  const [stopped, setStopped] = useState<number>();
  const [refusal, setRefusal] = useState<string>();
  const [stopping, setStopping] = useState(false);
  // Settled: stopped, or nothing left due; then one last reading, no more polling.
  const settled = stopped !== undefined || (now !== undefined && tally(now).waiting === 0);

  useEffect(() => {
    let live = true;
    const read = () =>
      api.delivery(eventId).then(
        (d) => live && setNow(d),
        () => undefined,
      );
    void read();
    if (settled) return () => void (live = false);
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, eventId, settled]);

  const stop = async () => {
    setStopping(true);
    try {
      setStopped((await api.stopDelivery(eventId)).cancelled);
    } catch (e) {
      setRefusal(e instanceof ApiError ? e.message : t('tab.command.failed'));
    } finally {
      setStopping(false);
    }
  };

  const base = tally(before);
  const counts = now ? tally(now) : base;
  const sent = Math.max(0, counts.sent - base.sent);
  const failed = Math.max(0, counts.failed - base.failed);
  const total = sent + failed + counts.waiting;
  const done = now !== undefined && counts.waiting === 0;
  const shownText =
    stopped !== undefined
      ? t('tab.desk.stopped', { count: stopped })
      : done
        ? t('tab.desk.progressDone', { sent, failed })
        : t('tab.desk.progress', { sent, waiting: counts.waiting, failed });
  // What the region was told: the first count while messages wait, then the end.
  const milestone = stopped !== undefined ? 'stopped' : done ? 'done' : now ? 'started' : '';
  const told = useRef(new Set<string>());
  useEffect(() => {
    if (!milestone || told.current.has(milestone)) return;
    told.current.add(milestone);
    say?.(shownText);
  }, [milestone, say, shownText]);
  return (
    <div className={styles.root} data-testid="sending-progress" data-sent={sent}>
      <ProgressBar
        value={total === 0 ? 1 : (sent + failed) / total}
        aria-label={t('tab.desk.progress', { sent, waiting: counts.waiting, failed })}
      />
      <p className={styles.text} data-testid="progress-text">
        {shownText}
      </p>
      {stopped === undefined && !done && (
        <Button
          className={styles.stop}
          data-testid="stop-sending"
          disabledFocusable={stopping}
          onClick={() => void stop()}
        >
          {t('tab.desk.stop')}
        </Button>
      )}
      {refusal && <ErrorNotice message={refusal} />}
    </div>
  );
}
