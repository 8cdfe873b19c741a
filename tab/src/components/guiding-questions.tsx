import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { GuidingQuestion } from '../api/api-types';
import { useT } from '../i18n/texts-context';
import type { Run } from '../queue/use-command-runner';
import { QuestionDisclosure } from './question-disclosure';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  item: { paddingBlock: tokens.spacingVerticalS },
  current: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  head: {
    marginTop: tokens.spacingVerticalXS,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
});

/** The event's guiding questions, the current one marked; the chair can change which. */
export function GuidingQuestions(props: {
  questions: GuidingQuestion[];
  currentQuestionId: string | null;
  run?: Run;
  /** The questions shown in the event's own language (no translation), to mark with `lang`. */
  untranslated?: { language: string; guidingQuestions: Record<string, string> } | undefined;
}) {
  const { questions, currentQuestionId, run } = props;
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="guiding-questions">
      <h2 id={headingId}>{t('tab.questions.heading')}</h2>
      {questions.length === 0 && <Text>{t('tab.questions.none')}</Text>}
      <ol className={styles.list}>
        {questions.map((q, index) => {
          const current = q.id === currentQuestionId;
          const number = index + 1;
          return (
            <li
              key={q.id}
              className={current ? `${styles.item} ${styles.current}` : styles.item}
              aria-current={current ? 'true' : undefined}
            >
              {current && (
                <div>
                  <Badge color="brand">{t('tab.questions.current')}</Badge>
                </div>
              )}
              <QuestionDisclosure
                question={q}
                index={index}
                untranslated={
                  props.untranslated && {
                    language: props.untranslated.language,
                    text: props.untranslated.guidingQuestions[q.id],
                  }
                }
              />
              {run && (
                <div className={styles.head}>
                  <Button
                    size="small"
                    aria-label={
                      current
                        ? t('tab.questions.clearCurrent')
                        : t('tab.questions.setCurrentNumber', { number })
                    }
                    onClick={() =>
                      void run({ type: 'setCurrentQuestion', questionId: current ? null : q.id })
                    }
                  >
                    {current ? t('tab.questions.clearCurrent') : t('tab.questions.setCurrent')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
