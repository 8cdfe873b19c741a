import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { turnTimerView, type SpeakingQueue } from '../../../core/speaking-queue';
import { useT } from '../i18n/texts-context';
import { durationText } from '../queue/countdown';
import { speakerLabel } from '../queue/entry-labels';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  item: { paddingBlock: tokens.spacingVerticalXXS },
});

/** The turns already given, with the time each one used: the record of the meeting so far. */
export function FinishedTurns({ queue }: { queue: SpeakingQueue }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const done = queue.entries.filter((e) => e.status === 'done');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tab.finished.heading')}</h2>
      {done.length === 0 ? (
        <Text>{t('tab.finished.none')}</Text>
      ) : (
        <ol className={styles.list}>
          {done.map((entry) => {
            // A finished turn's timer is stopped, so the clock passed here is not read.
            const used = durationText(turnTimerView(entry, new Date(0)).elapsedMs);
            return (
              <li key={entry.id} className={styles.item}>
                {t('tab.finished.item', { speaker: speakerLabel(t, entry), used })}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
