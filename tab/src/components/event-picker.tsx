import { Field, makeStyles, Select, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { EventSummary } from '../api/api-types';
import { useT } from '../i18n/texts-context';
import { ErrorNotice } from './error-notice';

// A long title (or a longer language) must not widen a narrow panel past the screen.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
});

/** Chooses one of the imported events, by title. */
export function EventPicker({
  api,
  value,
  onChange,
}: {
  api: ApiClient;
  value: string;
  onChange: (eventId: string, event?: EventSummary) => void;
}) {
  const t = useT();
  const styles = useStyles();
  const [events, setEvents] = useState<EventSummary[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api.events().then(setEvents, () => setFailed(true));
  }, [api]);
  if (failed) return <ErrorNotice message={t('tab.loadFailed')} />;
  if (!events) return <Spinner size="small" label={t('tab.loading')} />;
  if (events.length === 0) return <p>{t('tab.events.none')}</p>;
  return (
    <Field className={styles.field} label={t('tab.events.pick')} hint={t('tab.events.pickHint')}>
      <Select
        className={styles.select}
        value={value}
        data-testid="event-picker"
        onChange={(_event, data) =>
          onChange(
            data.value,
            events.find((e) => e.id === data.value),
          )
        }
      >
        <option value="">{t('tab.events.choose')}</option>
        {events.map((event) => (
          <option key={event.id} value={event.id}>
            {event.title}
          </option>
        ))}
      </Select>
    </Field>
  );
}
