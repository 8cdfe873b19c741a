import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId, useMemo, useState } from 'react';
import { ApiError, type ApiClient } from '../../api/api-client';
import type { DecisionResponse, DeliveryResponse, RegistrationRow } from '../../api/api-types';
import { failureText, useLoad } from '../../api/use-load';
import { ErrorNotice } from '../../components/error-notice';
import { RegistrationLink } from '../../components/registration-link';
import { LoadingSection } from '../../components/loading-section';
import { useT } from '../../i18n/texts-context';
import { decisionText } from '../../organizer/decision-text';
import { AskFirstDialog, type PendingAction } from '../ask-first-dialog';
import { askText } from '../ask-text';
import { CapacityControl } from '../capacity-control';
import { ExportButtons } from '../export-buttons';
import { RegistrationDrawer } from '../registration-drawer';
import { RegistrationFilterBar } from '../registration-filter-bar';
import { filterRows, NO_FILTERS } from '../registration-filters';
import { RegistrationsGrid } from '../registrations-grid';
import { SendingProgress } from '../sending-progress';
import { DeskAnnouncer, useSayOnChange } from '../desk-announcer';

type Decision = 'confirm' | 'decline' | 'waitlist';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  categories: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  text: { margin: 0 },
});

/**
 * The desk's Registrations section: counts, exports, the searchable and filterable grid, its
 * detail drawer, and the chair's decisions on a selection or on everyone pending, each asked
 * first and followed by its messages going out.
 */
export function RegistrationsSection({ api, eventId }: { api: ApiClient; eventId: string }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const load = useCallback(() => api.registrations(eventId), [api, eventId]);
  const { data, error: failure, reload } = useLoad(load);
  const error = failureText(failure, t('tab.reg.loadFailed'));
  const [filters, setFilters] = useState(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<RegistrationRow>();
  const [asking, setAsking] = useState<PendingAction>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DecisionResponse>();
  const [note, setNote] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const [sending, setSending] = useState<{ before: DeliveryResponse; key: number }>();
  const shown = useMemo(
    () => (data ? filterRows(data.registrations, filters) : []),
    [data, filters],
  );
  const [said, say] = useState('');
  const listed = data ? { shown: shown.length, total: data.registrations.length } : undefined;
  useSayOnChange(
    listed && `${listed.shown}/${listed.total}`,
    listed ? t('tab.desk.shown', listed) : '',
    say,
  );

  const heading = (
    <h2 id={headingId} className={styles.heading}>
      {t('tab.organizer.registrations')}
    </h2>
  );
  if (!data) return <LoadingSection {...{ headingId, heading, error }} className={styles.root} />;
  const { byStatus, byCategory } = data.counts;
  const total = data.registrations.length;
  const label = (id: string) => data.categories.find((c) => c.id === id)?.label ?? id;
  const chosen = shown.filter((r) => selected.has(r.id)).map((r) => r.id);

  const decide = async (decision: Decision, ids: string[] | 'allPending') => {
    setAsking(undefined);
    if (busy) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const before = await api.delivery(eventId);
      const decided = await api.decide(eventId, decision, ids);
      setResult(decided);
      say(decisionText(t, decided).join(' '));
      setSending({ before, key: Date.now() });
      setSelected(new Set());
      await reload();
    } catch (e) {
      setRefusal(e instanceof ApiError ? e.message : t('tab.command.failed'));
    } finally {
      setBusy(false);
    }
  };
  const ask = async (decision: Decision, ids: string[] | 'allPending') => {
    setNote(undefined);
    setRefusal(undefined);
    const people = ids === 'allPending' ? byStatus.pending : ids.length;
    if (people === 0) {
      say(t('tab.desk.emptySelection'));
      return setNote(t('tab.desk.emptySelection'));
    }
    try {
      // Counted by the service with the rule that writes the messages: exact, not a bound.
      const preview = await api.previewDecision(eventId, decision, ids);
      setAsking({
        title: t(`tab.desk.ask.${decision}`, { people }),
        body: askText(t, decision, preview),
        go: () => void decide(decision, ids),
      });
    } catch (e) {
      setRefusal(e instanceof ApiError ? e.message : t('tab.command.failed'));
    }
  };
  const decideButton = (decision: Decision) => (
    <Button
      data-testid={`decide-${decision}`}
      appearance={decision === 'confirm' ? 'primary' : 'secondary'}
      disabledFocusable={busy}
      onClick={() => void ask(decision, chosen)}
    >
      {t(`tab.reg.${decision}`)}
    </Button>
  );
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="registrations">
      <div className={styles.top}>
        {heading}
        <ExportButtons api={api} eventId={eventId} />
      </div>
      {error && <ErrorNotice message={error} />}
      <RegistrationLink eventId={eventId} />
      <p className={styles.text} data-testid="registration-summary">
        {t('tab.reg.summary', { total, ...byStatus })}{' '}
        {data.capacity === null
          ? t('tab.reg.noCapacity', { confirmed: byStatus.confirmed })
          : t('tab.reg.capacity', { capacity: data.capacity, confirmed: byStatus.confirmed })}
      </p>
      <CapacityControl
        api={api}
        eventId={eventId}
        capacity={data.capacity}
        ask={(action) =>
          setAsking({
            ...action,
            go: () => {
              setAsking(undefined);
              action.go();
            },
          })
        }
        onChanged={reload}
      />
      {Object.keys(byCategory).length > 0 && (
        <ul className={styles.categories} aria-label={t('tab.reg.byCategory')}>
          {Object.entries(byCategory).map(([category, count]) => (
            <li key={category}>
              {t('tab.reg.categoryCount', { category: label(category), count })}
            </li>
          ))}
        </ul>
      )}
      <RegistrationFilterBar
        rows={data.registrations}
        categoryLabel={label}
        value={filters}
        onChange={setFilters}
      />
      <div role="group" aria-label={t('tab.reg.actions')} className={styles.row}>
        {decideButton('confirm')}
        {decideButton('decline')}
        {decideButton('waitlist')}
        <Button
          data-testid="confirm-all-pending"
          disabledFocusable={busy}
          onClick={() => void ask('confirm', 'allPending')}
        >
          {t('tab.reg.confirmAllPending')}
        </Button>
        <span data-testid="selected-count">{t('tab.reg.selected', { count: chosen.length })}</span>
        <span data-testid="shown-count">{t('tab.desk.shown', { shown: shown.length, total })}</span>
      </div>
      <DeskAnnouncer text={said} />
      <div data-testid="decision-result">
        {note && <p className={styles.text}>{note}</p>}
        {result &&
          decisionText(t, result).map((line) => (
            <p key={line} className={styles.text}>
              {line}
            </p>
          ))}
      </div>
      {sending && (
        <SendingProgress
          key={sending.key}
          api={api}
          eventId={eventId}
          before={sending.before}
          say={say}
        />
      )}
      {refusal && <ErrorNotice message={refusal} />}
      {total === 0 ? (
        <p>{t('tab.reg.none')}</p>
      ) : shown.length === 0 ? (
        <p data-testid="none-shown">{t('tab.reg.noneShown')}</p>
      ) : (
        <RegistrationsGrid
          rows={shown}
          total={total}
          categoryLabel={label}
          selected={selected}
          onSelect={setSelected}
          onOpen={setOpen}
        />
      )}
      <RegistrationDrawer
        api={api}
        eventId={eventId}
        row={open}
        categoryLabel={label}
        onClose={() => setOpen(undefined)}
      />
      <AskFirstDialog
        action={asking}
        goLabel={t('tab.desk.ask.go')}
        cancelLabel={t('tab.desk.ask.cancel')}
        onCancel={() => setAsking(undefined)}
      />
    </section>
  );
}
