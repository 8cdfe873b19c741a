import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { turnTimerView, type SpeakingQueue } from '../../../core/speaking-queue';
import type { GuidingQuestion } from '../api/api-types';
import { useT } from '../i18n/texts-context';
import { durationText } from '../queue/countdown';
import { questionLabel, speakerLabel } from '../queue/entry-labels';
import type { Run } from '../queue/use-command-runner';
import { EntryQuestionFix } from './entry-question-fix';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  item: { paddingBlock: tokens.spacingVerticalXXS },
});

/**
 * The turns already given, with the time each one used and its guiding question: the record
 * of the meeting so far. The chair corrects a turn's question here.
 */
export function FinishedTurns(props: {
  queue: SpeakingQueue;
  questions: GuidingQuestion[];
  run?: Run;
}) {
  const { queue, questions, run } = props;
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const done = queue.entries.filter((e) => e.status === 'done');
  return (
    <section aria-labelledby={headingId} data-testid="finished-turns">
      <h2 id={headingId}>{t('tab.finished.heading')}</h2>
      {done.length === 0 ? (
        <Text>{t('tab.finished.none')}</Text>
      ) : (
        <ol className={styles.list}>
          {done.map((entry) => {
            // A finished turn's timer is stopped, so the clock passed here is not read.
            const used = durationText(turnTimerView(entry, new Date(0)).elapsedMs);
            const question = questionLabel(t, questions, entry.questionId);
            return (
              <li key={entry.id} className={styles.item}>
                {t('tab.finished.item', { speaker: speakerLabel(t, entry), used })}
                {!run && question && ` · ${question}`}
                {run && <EntryQuestionFix entry={entry} questions={questions} run={run} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
