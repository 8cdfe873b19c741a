import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { EventPicker } from '../components/event-picker';
import { useT } from '../i18n/texts-context';
import { OrganizerDesk } from '../desk/organizer-desk';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  picker: { maxWidth: '48rem' },
});

/** The organizer's personal tab: pick an event, then run it from the desk's sections. */
export function OrganizerView({ api }: { api: ApiClient }) {
  const t = useT();
  const styles = useStyles();
  const [eventId, setEventId] = useState(
    () => new URLSearchParams(window.location.search).get('eventId') ?? '',
  );
  const choose = (id: string) => {
    setEventId(id);
    const url = new URL(window.location.href);
    url.searchParams.set('eventId', id);
    window.history.replaceState(null, '', url);
  };
  return (
    <main className={styles.main} data-testid="organizer-view">
      <h1 className={styles.title}>{t('tab.organizer.heading')}</h1>
      <div className={styles.picker}>
        <EventPicker api={api} value={eventId} onChange={choose} />
      </div>
      {eventId && <OrganizerDesk key={eventId} api={api} eventId={eventId} />}
    </main>
  );
}
