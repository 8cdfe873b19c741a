import { Divider } from '@fluentui/react-components';
import { queueBalance, upcoming, waitingEntries } from '../../../core/speaking-queue';
import type { ApiClient, CommandInput } from '../api/api-client';
import { AddSpeakerForm } from '../components/add-speaker-form';
import { BalanceChart } from '../components/balance-chart';
import { ChairControls } from '../components/chair-controls';
import { CurrentSpeaker } from '../components/current-speaker';
import { ErrorNotice } from '../components/error-notice';
import { GuidingQuestions } from '../components/guiding-questions';
import { MyTurn } from '../components/my-turn';
import { QueueHeader } from '../components/queue-header';
import { SessionPicker, type SessionSwitch } from '../components/session-picker';
import { SpeakerList } from '../components/speaker-list';
import { useT } from '../i18n/texts-context';
import { useQueueSurface } from '../queue/use-queue-surface';
import type { CommandOutcome, QueueModel } from '../queue/use-queue';
import { QueueLoader } from './queue-loader';
import { useViewStyles } from './view-styles';

/** Waiting turns a participant sees in the narrow side panel. */
const PANEL_UPCOMING = 8;

/** The meeting side panel: the floor and the list for everyone, the controls for the chair. */
export function PanelView({ api, eventId }: { api: ApiClient; eventId: string }) {
  return (
    <QueueLoader
      api={api}
      eventId={eventId}
      render={(model, send, sessions) => (
        <PanelBody model={model} send={send} sessions={sessions} />
      )}
    />
  );
}

function PanelBody(props: {
  model: QueueModel;
  send: (input: CommandInput) => Promise<CommandOutcome>;
  sessions: SessionSwitch;
}) {
  const { model } = props;
  const t = useT();
  const styles = useViewStyles();
  const { run, message, chair, questions, queue } = useQueueSurface(model, props.send);
  return (
    <main className={styles.main} data-testid="panel-view" data-role={model.info.role}>
      <QueueHeader model={model} />
      <SessionPicker {...props.sessions} chair={chair} />
      {message && <ErrorNotice message={message} />}
      <CurrentSpeaker model={model} questions={questions} size="panel" headingLevel={2} />
      {chair && <ChairControls queue={queue} run={run} />}
      <Divider />
      {(!chair || model.info.me.registrationId) && (
        <MyTurn
          queue={queue}
          questions={questions}
          run={run}
          registrationId={model.info.me.registrationId}
          untranslated={model.info.event.untranslated}
        />
      )}
      <SpeakerList
        heading={chair ? t('tab.list.heading') : t('tab.next.heading')}
        entries={chair ? waitingEntries(queue) : upcoming(queue, PANEL_UPCOMING)}
        questions={questions}
        myRegistrationId={model.info.me.registrationId}
        run={chair ? run : undefined}
        presence={chair ? model.info.registrantPresence : undefined}
        unheard={chair ? queueBalance(queue, 0).unheard : undefined}
      />
      {chair && <AddSpeakerForm run={run} />}
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
    </main>
  );
}
