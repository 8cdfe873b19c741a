import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, type ReactNode } from 'react';
import { ApiError, type ApiClient, type CommandInput } from '../api/api-client';
import { ErrorNotice } from '../components/error-notice';
import type { SessionSwitch } from '../components/session-picker';
import { useT } from '../i18n/texts-context';
import { useQueue, type CommandOutcome, type QueueModel } from '../queue/use-queue';
import { useSessionChoice } from '../queue/use-session-choice';

const useStyles = makeStyles({ main: { padding: tokens.spacingHorizontalL } });

type Render = (
  model: QueueModel,
  send: (input: CommandInput) => Promise<CommandOutcome>,
  sessions: SessionSwitch,
) => ReactNode;

/**
 * Loads the list of speakers of the session to show now and renders a surface once it is there
 * (or says why it is not); the surface follows the chair's team switching sessions.
 */
export function QueueLoader(props: { api: ApiClient; eventId: string; render: Render }) {
  const { load, follow, chairChose, chooseForAll } = useSessionChoice(props.api, props.eventId);
  if (load.status === 'loading') return <Loading />;
  return (
    <SessionQueue
      {...props}
      sessionId={load.sessionId}
      follow={follow}
      chairChose={chairChose}
      chooseForAll={chooseForAll}
    />
  );
}

function SessionQueue(props: {
  api: ApiClient;
  eventId: string;
  render: Render;
  sessionId: string | undefined;
  follow: (sessionId: string) => void;
  chairChose: (sessionId: string, at: string) => void;
  chooseForAll: (sessionId: string) => Promise<void>;
}) {
  const t = useT();
  const styles = useStyles();
  const { follow, chooseForAll } = props;
  const { load, send } = useQueue(props.api, props.eventId, props.sessionId, props.chairChose);
  const chair = load.status === 'ready' && load.model.info.role === 'chair';
  const choose = useCallback(
    async (sessionId: string) => (chair ? chooseForAll(sessionId) : follow(sessionId)),
    [chair, chooseForAll, follow],
  );
  switch (load.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return (
        <main className={styles.main}>
          <ErrorNotice
            message={
              load.error instanceof ApiError ? load.error.message : t('tab.queue.loadFailed')
            }
          />
        </main>
      );
    case 'ready': {
      const { sessions, session } = load.model.info;
      return <>{props.render(load.model, send, { sessions, current: session.id, choose })}</>;
    }
  }
}

function Loading() {
  const t = useT();
  const styles = useStyles();
  return (
    <main className={styles.main}>
      <Spinner label={t('tab.loading')} />
    </main>
  );
}
