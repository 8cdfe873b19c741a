import { Button, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { QueueEntry } from '../../../core/speaking-queue';
import type { GuidingQuestion } from '../api/api-types';
import { useT } from '../i18n/texts-context';
import { questionLabel } from '../queue/entry-labels';
import type { Run } from '../queue/use-command-runner';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    marginTop: tokens.spacingVerticalXXS,
  },
  // A native select is as wide as its longest option: held to the column, it cuts its text.
  select: { minWidth: 0, maxWidth: '100%', flexGrow: 1 },
  inner: { minWidth: 0, textOverflow: 'ellipsis' },
});

/**
 * The chair corrects the guiding question of a turn given, so the summary counts it under the
 * question actually addressed. Choosing and confirming are two steps, so moving through the
 * options with the arrow keys sends nothing.
 */
export function EntryQuestionFix(props: {
  entry: QueueEntry;
  questions: GuidingQuestion[];
  run: Run;
}) {
  const { entry, questions, run } = props;
  const t = useT();
  const styles = useStyles();
  const [chosen, setChosen] = useState(entry.questionId ?? '');
  // Another chair's correction arrives on the stream: the choice follows the stored question.
  useEffect(() => setChosen(entry.questionId ?? ''), [entry.questionId]);
  const name = entry.speaker.name;
  const unchanged = chosen === (entry.questionId ?? '');
  return (
    <div className={styles.row} data-testid="entry-question" data-entry-id={entry.id}>
      <Select
        className={styles.select}
        select={{ className: styles.inner }}
        aria-label={t('tab.entryQuestion.label', { name })}
        value={chosen}
        onChange={(_e, data) => setChosen(data.value)}
      >
        <option value="">{t('tab.entryQuestion.none')}</option>
        {questions.map((q) => (
          <option key={q.id} value={q.id}>
            {questionLabel(t, questions, q.id)}
          </option>
        ))}
      </Select>
      <Button
        size="small"
        disabledFocusable={unchanged}
        aria-label={t('tab.entryQuestion.applyLabel', { name })}
        onClick={() =>
          void run({ type: 'setEntryQuestion', entryId: entry.id, questionId: chosen || null })
        }
      >
        {t('tab.entryQuestion.apply')}
      </Button>
    </div>
  );
}
