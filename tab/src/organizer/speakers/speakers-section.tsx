import { Button, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { nextUndo } from '../../../../core/speaking-queue';
import type { ApiClient } from '../../api/api-client';
import { ErrorNotice } from '../../components/error-notice';
import { dateTimeText } from '../../i18n/formats';
import { useLanguage, useT } from '../../i18n/texts-context';
import { clockOf } from './speaker-times';
import { SpeakersListTable } from './speakers-list-table';
import { SpeakersPool } from './speakers-pool';
import { useSpeakers } from './use-speakers';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  text: { margin: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  done: { margin: 0, color: tokens.colorPaletteGreenForeground1 },
});

/**
 * The organizer page's Speakers section (decision 029): the provisional list of a session,
 * built from the registrations. Self-contained: mount it with the API client and the event.
 */
export function SpeakersSection({ api, eventId }: { api: ApiClient; eventId: string }) {
  const t = useT();
  const language = useLanguage();
  const styles = useStyles();
  const headingId = useId();
  const sessionId = useId();
  const state = useSpeakers(api, eventId);
  const { data, note, busy } = state;
  const undo = data ? nextUndo(data.queue) : null;
  const published = data?.queue.published;
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="speakers-section">
      <h2 id={headingId} className={styles.heading}>
        {t('tab.speakers.heading')}
      </h2>
      <p className={styles.text}>{t('tab.speakers.intro')}</p>
      {data && data.sessions.length > 1 && (
        <div className={styles.bar}>
          <label htmlFor={sessionId}>{t('tab.speakers.session')}</label>
          <Select
            id={sessionId}
            value={data.session.id}
            onChange={(_, d) => state.setSession(d.value)}
          >
            {data.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.partOf ? `${s.partOf} — ${s.title}` : s.title}
              </option>
            ))}
          </Select>
        </div>
      )}
      {data && (
        <p className={styles.text}>
          {t('tab.speakers.defaults', {
            individual: clockOf(data.times.individualSeconds),
            coalition: clockOf(data.times.coalitionSeconds),
          })}
        </p>
      )}
      <div role="status" aria-live="polite">
        {note?.kind === 'done' && <p className={styles.done}>{note.text}</p>}
      </div>
      {note?.kind === 'refused' && <ErrorNotice message={note.text} />}
      {data && (
        <>
          <div className={styles.bar}>
            <Button
              appearance="primary"
              disabled={busy}
              data-testid="publish-speakers"
              onClick={() => void state.publish()}
            >
              {t('tab.speakers.publish')}
            </Button>
            <Button disabled={busy || !undo} onClick={() => void state.command({ type: 'undo' })}>
              {t('tab.speakers.undo')}
            </Button>
            <span data-testid="speakers-published">
              {published
                ? t('tab.speakers.published', {
                    version: published.version,
                    at: dateTimeText(published.at, language),
                  })
                : t('tab.speakers.notPublished')}
            </span>
          </div>
          <SpeakersPool state={state} />
          <SpeakersListTable state={state} />
        </>
      )}
    </section>
  );
}
