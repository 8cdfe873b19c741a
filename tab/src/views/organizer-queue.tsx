import { makeStyles, tokens } from '@fluentui/react-components';
import { queueBalance, waitingEntries } from '../../../core/speaking-queue';
import type { CommandInput } from '../api/api-client';
import { AddSpeakerForm } from '../components/add-speaker-form';
import { BalanceChart } from '../components/balance-chart';
import { ChairControls } from '../components/chair-controls';
import { CurrentSpeaker } from '../components/current-speaker';
import { ErrorNotice } from '../components/error-notice';
import { FinishedTurns } from '../components/finished-turns';
import { GuidingQuestions } from '../components/guiding-questions';
import { QueueHeader } from '../components/queue-header';
import { SessionPicker, type SessionSwitch } from '../components/session-picker';
import { SpeakerList } from '../components/speaker-list';
import { useT } from '../i18n/texts-context';
import { useQueueSurface } from '../queue/use-queue-surface';
import type { CommandOutcome, QueueModel } from '../queue/use-queue';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalXXXL,
    '@media (max-width: 900px)': { gridTemplateColumns: '1fr' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The organizer's full management of one meeting's queue, in two columns. */
export function OrganizerQueue(props: {
  model: QueueModel;
  send: (input: CommandInput) => Promise<CommandOutcome>;
  sessions: SessionSwitch;
}) {
  const { model } = props;
  const t = useT();
  const styles = useStyles();
  const { run, message, chair, questions, queue } = useQueueSurface(model, props.send);
  return (
    <div className={styles.column} data-role={model.info.role}>
      <QueueHeader model={model} level={2} />
      <SessionPicker {...props.sessions} chair={chair} />
      {!chair && <ErrorNotice message={t('tab.organizer.chairOnly')} />}
      {message && <ErrorNotice message={message} />}
      <div className={styles.grid}>
        <div className={styles.column}>
          <CurrentSpeaker model={model} questions={questions} size="panel" headingLevel={2} />
          {chair && <ChairControls queue={queue} run={run} />}
          <SpeakerList
            heading={t('tab.list.heading')}
            entries={waitingEntries(queue)}
            questions={questions}
            run={chair ? run : undefined}
            presence={chair ? model.info.registrantPresence : undefined}
            unheard={chair ? queueBalance(queue, 0).unheard : undefined}
          />
          {chair && <AddSpeakerForm run={run} />}
          <FinishedTurns queue={queue} questions={questions} run={chair ? run : undefined} />
        </div>
        <div className={styles.column}>
          {chair && (
            <BalanceChart
              queue={queue}
              offsetMs={model.offsetMs}
              categories={model.info.event.categories ?? []}
            />
          )}
          <GuidingQuestions
            untranslated={model.info.event.untranslated}
            questions={questions}
            currentQuestionId={queue.currentQuestionId}
            run={chair ? run : undefined}
          />
        </div>
      </div>
    </div>
  );
}
