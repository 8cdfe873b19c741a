import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { upcoming } from '../../../core/speaking-queue';
import type { ApiClient } from '../api/api-client';
import { CurrentSpeaker } from '../components/current-speaker';
import { ForeignText } from '../components/foreign-text';
import { QuestionDisclosure } from '../components/question-disclosure';
import { useT } from '../i18n/texts-context';
import { sessionTitle, speakerLabel } from '../queue/entry-labels';
import type { QueueModel } from '../queue/use-queue';
import { QueueLoader } from './queue-loader';

/** Speakers named under "next up" on the shared stage. */
const STAGE_UPCOMING = 3;

const useStyles = makeStyles({
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gridTemplateRows: 'auto 1fr',
    gap: tokens.spacingHorizontalXXXL,
    padding: 'clamp(1rem, 3vw, 3rem)',
    minHeight: '100vh',
    boxSizing: 'border-box',
    '@media (max-width: 700px)': { gridTemplateColumns: '1fr' },
  },
  title: {
    gridColumn: '1 / -1',
    margin: 0,
    fontSize: 'clamp(1.25rem, 2.5vw, 2.25rem)',
    lineHeight: 1.25,
  },
  session: { display: 'block', fontSize: 'clamp(1rem, 1.8vw, 1.6rem)', fontWeight: 'normal' },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  sideHeading: { margin: 0, fontSize: 'clamp(1.25rem, 2.5vw, 2.25rem)', lineHeight: 1.25 },
  next: {
    margin: 0,
    paddingInlineStart: '1.5em',
    fontSize: 'clamp(1.25rem, 2.2vw, 2rem)',
    lineHeight: 1.4,
  },
  // At least 24px on a 1280x720 stage: read from the back of a room (tests/browser/teams-stage).
  question: { fontSize: 'clamp(1.25rem, 2vw, 1.75rem)', lineHeight: 1.4 },
  questionLabel: { fontSize: 'clamp(1.25rem, 2.2vw, 2rem)', lineHeight: 1.4, height: 'auto' },
});

/** The shared meeting stage: the floor, the countdown and who is next, readable across a room. */
export function StageView({ api, eventId }: { api: ApiClient; eventId: string }) {
  return (
    <QueueLoader api={api} eventId={eventId} render={(model) => <StageBody model={model} />} />
  );
}

function StageBody({ model }: { model: QueueModel }) {
  const t = useT();
  const styles = useStyles();
  const nextId = useId();
  const questionId = useId();
  const questions = model.info.event.guidingQuestions;
  const index = questions.findIndex((q) => q.id === model.queue.currentQuestionId);
  const question = questions[index];
  const { untranslated } = model.info.event;
  const next = upcoming(model.queue, STAGE_UPCOMING);
  return (
    <main className={styles.main} data-testid="stage-view">
      <h1 className={styles.title}>
        <ForeignText
          text={model.info.event.title}
          original={untranslated?.title}
          language={untranslated?.language}
        />
        {model.info.sessions.length > 1 && (
          <span className={styles.session} data-testid="stage-session">
            {sessionTitle(t, model.info.session)}
          </span>
        )}
      </h1>
      <CurrentSpeaker model={model} questions={questions} size="stage" headingLevel={2} />
      <div className={styles.side}>
        <section aria-labelledby={nextId}>
          <h2 id={nextId} className={styles.sideHeading}>
            {t('tab.stage.nextUp')}
          </h2>
          {next.length === 0 ? (
            <Text className={styles.question}>{t('tab.next.none')}</Text>
          ) : (
            <ol className={styles.next} data-testid="stage-next">
              {next.map((entry) => (
                <li key={entry.id}>{speakerLabel(t, entry)}</li>
              ))}
            </ol>
          )}
        </section>
        {question && (
          <section aria-labelledby={questionId}>
            <h2 id={questionId} className={styles.sideHeading} data-testid="stage-question-label">
              {t('tab.questions.numberCurrent', { number: index + 1 })}
            </h2>
            <QuestionDisclosure
              question={question}
              index={index}
              size="extra-large"
              headerClassName={styles.questionLabel}
              textClassName={styles.question}
              untranslated={
                untranslated && {
                  language: untranslated.language,
                  text: untranslated.guidingQuestions[question.id],
                }
              }
            />
          </section>
        )}
      </div>
    </main>
  );
}
