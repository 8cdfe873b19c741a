import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { EventPicker } from '../components/event-picker';
import type { Host } from '../host/host';
import { useT } from '../i18n/texts-context';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '48rem',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  // A long URL wraps anywhere rather than widening the narrow configuration dialog.
  url: { overflowWrap: 'anywhere' },
});

/** The side panel's URL for an event; Teams shows the same URL on the meeting stage. */
export function panelUrl(eventId: string): string {
  const url = new URL('/tab/index.html', window.location.origin);
  url.searchParams.set('view', 'panel');
  url.searchParams.set('eventId', eventId);
  return url.toString();
}

/**
 * The configuration page Teams shows when the tab is added to a meeting: the organizer picks
 * the event, and Save stores the side panel's URL with that event's id.
 */
export function ConfigView({ api, host }: { api: ApiClient; host: Host }) {
  const t = useT();
  const styles = useStyles();
  const [eventId, setEventId] = useState('');
  const chosen = useRef('');
  const { configPage, meetingId } = host;

  useEffect(() => {
    if (!configPage) return;
    configPage.setValid(false);
    configPage.onSave(
      async () => {
        if (!chosen.current) return undefined;
        // The bot needs the meeting to tell speakers they are next and to see who is present;
        // a refusal (e.g. not on the chair's team) stops the save with the service's reason.
        if (meetingId) await api.linkMeeting(chosen.current, meetingId);
        const websiteUrl = panelUrl(chosen.current);
        return {
          // Teams fills `{locale}` when it loads the tab, so the first paint is in the reader's
          // language; a browser opening websiteUrl would not, and gets Accept-Language instead.
          contentUrl: `${websiteUrl}&lang={locale}`,
          websiteUrl,
          entityId: `speaking-queue:${chosen.current}`,
          suggestedDisplayName: t('tab.config.tabName'),
        };
      },
      () => t('tab.config.chooseFirst'),
    );
  }, [api, configPage, meetingId, t]);

  const choose = (id: string) => {
    chosen.current = id;
    setEventId(id);
    configPage?.setValid(id !== '');
  };

  return (
    <main className={styles.main} data-testid="config-view">
      <h1 className={styles.title}>{t('tab.config.heading')}</h1>
      <Text>{t('tab.config.body')}</Text>
      <EventPicker api={api} value={eventId} onChange={choose} />
      {eventId && !configPage && (
        <Text data-testid="config-url">
          {t('tab.config.devSaves')}{' '}
          <Link href={panelUrl(eventId)} className={styles.url}>
            <bdi>{panelUrl(eventId)}</bdi>
          </Link>
        </Text>
      )}
    </main>
  );
}
