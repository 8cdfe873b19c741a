import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { readCapacity } from '../../../core/registration/capacity-rule';
import { ApiError, type ApiClient } from '../api/api-client';
import type { CapacityResponse } from '../api/api-types';
import { ErrorNotice } from '../components/error-notice';
import type { T } from '../i18n/texts';
import { useT } from '../i18n/texts-context';
import type { PendingAction } from './ask-first-dialog';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  input: { width: '8em' },
  text: { margin: 0 },
});

/** What a capacity would mean, in the words of the ask-first dialog. */
function effectText(t: T, e: CapacityResponse): string {
  const lines = [
    e.capacity === null || e.free === null
      ? t('tab.desk.capacity.noLimit', { confirmed: e.confirmed })
      : t('tab.desk.capacity.free', { confirmed: e.confirmed, free: e.free }),
    ...(e.over > 0 ? [t('tab.desk.capacity.over', { confirmed: e.confirmed, over: e.over })] : []),
    ...(e.pending > 0
      ? [
          t('tab.desk.capacity.pending', {
            pending: e.pending,
            wouldConfirm: e.wouldConfirm,
            wouldWaitlist: e.wouldWaitlist,
          }),
        ]
      : []),
    t('tab.desk.capacity.quiet'),
  ];
  return lines.join(' ');
}

/**
 * The event's capacity, set from the desk as the chat command sets it: the typed value is read
 * by the same rule, the effect on those waiting is asked first, and bad input changes nothing.
 */
export function CapacityControl(props: {
  api: ApiClient;
  eventId: string;
  capacity: number | null;
  ask: (action: PendingAction) => void;
  onChanged: () => Promise<void>;
}) {
  const { api, eventId } = props;
  const t = useT();
  const styles = useStyles();
  const [typed, setTyped] = useState(props.capacity === null ? '' : String(props.capacity));
  const [refusal, setRefusal] = useState<string>();
  const [done, setDone] = useState<string>();

  const failed = (e: unknown) =>
    setRefusal(e instanceof ApiError ? e.message : t('tab.command.failed'));
  const set = async (capacity: number | null) => {
    try {
      const after = await api.capacity(eventId, capacity, true);
      setDone(
        after.capacity === null
          ? t('tab.desk.capacity.doneNone')
          : t('tab.desk.capacity.done', { capacity: after.capacity }),
      );
      await props.onChanged();
    } catch (e) {
      failed(e);
    }
  };
  const propose = async (text: string) => {
    setRefusal(undefined);
    setDone(undefined);
    const read = readCapacity(text);
    if (!read.ok) return setRefusal(t(read.key));
    const capacity = read.capacity ?? null;
    try {
      const effect = await api.capacity(eventId, capacity, false);
      props.ask({
        title:
          capacity === null
            ? t('tab.desk.capacity.askNone')
            : t('tab.desk.capacity.ask', { capacity }),
        body: effectText(t, effect),
        go: () => void set(capacity),
      });
    } catch (e) {
      failed(e);
    }
  };
  return (
    <div data-testid="capacity-control">
      <div className={styles.row}>
        <Field label={t('tab.desk.capacity.label')}>
          <Input
            className={styles.input}
            inputMode="numeric"
            value={typed}
            data-testid="capacity-input"
            onChange={(_e, d) => setTyped(d.value)}
          />
        </Field>
        <Button data-testid="capacity-set" onClick={() => void propose(typed)}>
          {t('tab.desk.capacity.set')}
        </Button>
        {props.capacity !== null && (
          <Button data-testid="capacity-remove" onClick={() => void propose('none')}>
            {t('tab.desk.capacity.remove')}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {done && <p className={styles.text}>{done}</p>}
      </div>
      {refusal && <ErrorNotice message={refusal} />}
    </div>
  );
}
