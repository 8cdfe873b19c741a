import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import type { ApiClient } from '../api/api-client';
import { ErrorNotice } from '../components/error-notice';
import { useT } from '../i18n/texts-context';
import { MySchedule } from '../roundtable/my-schedule';
import { ProgrammeList } from '../roundtable/programme-list';
import { useLoad, viewerTimeZone } from '../api/use-load';
import { useViewStyles } from './view-styles';

/** The now/next marker follows the clock this often. */
const REFRESH_MS = 60_000;

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/**
 * The roundtable's programme for a personal tab or a meeting panel: every session in the
 * event's zone and the viewer's, what is on now and next, then the viewer's own schedule.
 */
export function ProgrammeView({ api, eventId }: { api: ApiClient; eventId: string }) {
  const t = useT();
  const styles = { ...useViewStyles(), ...useStyles() };
  const zone = useMemo(viewerTimeZone, []);
  const load = useCallback(() => api.programme(eventId, zone), [api, eventId, zone]);
  const { loaded } = useLoad(load, REFRESH_MS);
  if (loaded.state === 'loading')
    return (
      <main className={styles.main}>
        <Spinner label={t('tab.loading')} />
      </main>
    );
  if (loaded.state === 'failed')
    return (
      <main className={styles.main}>
        <ErrorNotice message={t('tab.programme.loadFailed')} />
      </main>
    );
  const programme = loaded.data;
  return (
    <main className={styles.main} data-testid="programme-view">
      <h1 className={styles.title}>{programme.event.title}</h1>
      <section aria-labelledby="programme-heading">
        <h2 id="programme-heading" className={styles.heading}>
          {t('tab.programme.heading')}
        </h2>
        <ProgrammeList programme={programme} />
      </section>
      {programme.event.kind !== 'virtualDialogue' && (
        <MySchedule api={api} eventId={eventId} zone={zone} />
      )}
    </main>
  );
}
