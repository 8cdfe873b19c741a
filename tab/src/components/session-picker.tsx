import { Field, makeStyles, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { QueueSession } from '../../../core/speaking-queue';
import { useT } from '../i18n/texts-context';
import { sessionTitle } from '../queue/entry-labels';
import { ErrorNotice } from './error-notice';

/** What a surface needs to offer the session switch. */
export interface SessionSwitch {
  sessions: QueueSession[];
  current: string;
  /** The chair's team switches every screen; anyone else, only their own. */
  choose(sessionId: string): Promise<void>;
}

// Long breakout titles must not widen the narrow side panel: the select shrinks to its box.
const useStyles = makeStyles({
  field: { minInlineSize: 0, maxInlineSize: '40rem' },
  select: { minInlineSize: 0, inlineSize: '100%', textOverflow: 'ellipsis' },
});

/** Chooses the programme session whose list of speakers is shown; hidden with one session. */
export function SessionPicker({
  sessions,
  current,
  choose,
  chair,
}: SessionSwitch & { chair: boolean }) {
  const t = useT();
  const styles = useStyles();
  const [failed, setFailed] = useState(false);
  if (sessions.length < 2) return null;
  return (
    <>
      <Field
        className={styles.field}
        label={t('tab.session.label')}
        hint={chair ? t('tab.session.hintChair') : t('tab.session.hintAttendee')}
      >
        <Select
          value={current}
          select={{ className: styles.select }}
          data-testid="session-picker"
          onChange={(_event, data) => {
            setFailed(false);
            choose(data.value).catch(() => setFailed(true));
          }}
        >
          {sessions.map((session) => (
            <option key={session.id} value={session.id}>
              {sessionTitle(t, session)}
            </option>
          ))}
        </Select>
      </Field>
      {failed && <ErrorNotice message={t('tab.session.chooseFailed')} />}
    </>
  );
}
