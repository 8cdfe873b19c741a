import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import type { RegistrationStatus } from '../../../core/registration/registration';
import { ApiError, type ApiClient } from '../api/api-client';
import type { DecisionResponse } from '../api/api-types';
import { failureText, useLoad } from '../api/use-load';
import { ErrorNotice } from '../components/error-notice';
import { LoadingSection } from '../components/loading-section';
import { RegistrationsTable } from '../components/registrations-table';
import { RegistrationLink } from '../components/registration-link';
import { useT } from '../i18n/texts-context';
import { decisionText } from '../organizer/decision-text';

const STATUSES: RegistrationStatus[] = [
  'pending',
  'confirmed',
  'waitlisted',
  'declined',
  'withdrawn',
];

type Decision = 'confirm' | 'decline' | 'waitlist';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  categories: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  filter: { maxWidth: '20rem' },
  result: { margin: 0 },
});

/** The chair's team confirms, declines or waitlists an event's registrations, one or many. */
export function OrganizerRegistrations(props: {
  api: ApiClient;
  eventId: string;
  /** Told after a decision, whose messages are then on their way. */
  onDecided: () => void;
}) {
  const { api, eventId } = props;
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const load = useCallback(() => api.registrations(eventId), [api, eventId]);
  const { data, error: failure, reload } = useLoad(load);
  const error = failureText(failure, t('tab.reg.loadFailed'));
  const [filter, setFilter] = useState<RegistrationStatus | ''>('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DecisionResponse>();
  const [refusal, setRefusal] = useState<string>();

  const decide = async (decision: Decision, ids: string[] | 'allPending') => {
    if (busy) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      setResult(await api.decide(eventId, decision, ids));
      setSelected(new Set());
      await reload();
      props.onDecided();
    } catch (e) {
      setRefusal(e instanceof ApiError ? e.message : t('tab.command.failed'));
    } finally {
      setBusy(false);
    }
  };
  const select = (ids: string[], on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const heading = (
    <h2 id={headingId} className={styles.heading}>
      {t('tab.organizer.registrations')}
    </h2>
  );
  if (!data) return <LoadingSection {...{ headingId, heading, error }} className={styles.root} />;
  const { byStatus, byCategory } = data.counts;
  const total = STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
  const shown = data.registrations.filter((r) => !filter || r.status === filter);
  const chosen = shown.filter((r) => selected.has(r.id)).map((r) => r.id);
  const label = (id: string) => data.categories.find((c) => c.id === id)?.label ?? id;
  const decideButton = (decision: Decision) => (
    <Button
      data-testid={`decide-${decision}`}
      appearance={decision === 'confirm' ? 'primary' : 'secondary'}
      disabledFocusable={busy || chosen.length === 0}
      onClick={() => void decide(decision, chosen)}
    >
      {t(`tab.reg.${decision}`)}
    </Button>
  );
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="registrations">
      {heading}
      {error && <ErrorNotice message={error} />}
      <RegistrationLink eventId={eventId} />
      <p className={styles.result} data-testid="registration-summary">
        {t('tab.reg.summary', { total, ...byStatus })}{' '}
        {data.capacity === null
          ? t('tab.reg.noCapacity', { confirmed: byStatus.confirmed })
          : t('tab.reg.capacity', { capacity: data.capacity, confirmed: byStatus.confirmed })}
      </p>
      {Object.keys(byCategory).length > 0 && (
        <ul className={styles.categories} aria-label={t('tab.reg.byCategory')}>
          {Object.entries(byCategory).map(([category, count]) => (
            <li key={category}>
              {t('tab.reg.categoryCount', { category: label(category), count })}
            </li>
          ))}
        </ul>
      )}
      <Field label={t('tab.reg.filter')} className={styles.filter}>
        <Select
          data-testid="status-filter"
          value={filter}
          onChange={(_e, d) => setFilter(d.value as RegistrationStatus | '')}
        >
          <option value="">{t('tab.reg.filterAll', { count: total })}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t('tab.reg.filterStatus', { status: t(`tab.reg.status.${s}`), count: byStatus[s] })}
            </option>
          ))}
        </Select>
      </Field>
      <div role="group" aria-label={t('tab.reg.actions')} className={styles.row}>
        {decideButton('confirm')}
        {decideButton('decline')}
        {decideButton('waitlist')}
        <Button
          data-testid="confirm-all-pending"
          disabledFocusable={busy || byStatus.pending === 0}
          onClick={() => void decide('confirm', 'allPending')}
        >
          {t('tab.reg.confirmAllPending')}
        </Button>
        <span data-testid="selected-count">{t('tab.reg.selected', { count: chosen.length })}</span>
      </div>
      <div role="status" aria-live="polite" data-testid="decision-result">
        {result &&
          decisionText(t, result).map((line) => (
            <p key={line} className={styles.result}>
              {line}
            </p>
          ))}
      </div>
      {refusal && <ErrorNotice message={refusal} />}
      {total === 0 ? (
        <p>{t('tab.reg.none')}</p>
      ) : shown.length === 0 ? (
        <p>{t('tab.reg.noneShown')}</p>
      ) : (
        <RegistrationsTable
          caption={t('tab.reg.caption', { title: data.event.title })}
          rows={shown}
          categoryLabel={label}
          selected={selected}
          onSelect={select}
        />
      )}
    </section>
  );
}
