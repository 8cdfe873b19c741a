import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ApiError, type ApiClient, type CommandInput } from '../api/api-client';
import { ErrorNotice } from '../components/error-notice';
import { useT } from '../i18n/texts-context';
import { useQueue, type CommandOutcome, type QueueModel } from '../queue/use-queue';

const useStyles = makeStyles({ main: { padding: tokens.spacingHorizontalL } });

/** Loads a meeting's queue and renders a surface once it is there (or says why it is not). */
export function QueueLoader(props: {
  api: ApiClient;
  eventId: string;
  render: (model: QueueModel, send: (input: CommandInput) => Promise<CommandOutcome>) => ReactNode;
}) {
  const t = useT();
  const styles = useStyles();
  const { load, send } = useQueue(props.api, props.eventId);
  switch (load.status) {
    case 'loading':
      return (
        <main className={styles.main}>
          <Spinner label={t('tab.loading')} />
        </main>
      );
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
    case 'ready':
      return <>{props.render(load.model, send)}</>;
  }
}
