import { makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/api-client';
import { EventPicker } from '../components/event-picker';

const useStyles = makeStyles({
  main: { padding: tokens.spacingHorizontalL },
});

/**
 * The event a meeting surface shows: from `?eventId=` (saved by the configuration page), or
 * picked here when the tab was opened without one.
 */
export function WithEvent({
  api,
  render,
}: {
  api: ApiClient;
  render: (eventId: string) => ReactNode;
}) {
  const styles = useStyles();
  const [eventId, setEventId] = useState(
    () => new URLSearchParams(window.location.search).get('eventId') ?? '',
  );
  if (eventId) return <>{render(eventId)}</>;
  return (
    <main className={styles.main}>
      <EventPicker api={api} value={eventId} onChange={setEventId} />
    </main>
  );
}
