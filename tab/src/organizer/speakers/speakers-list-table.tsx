import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { waitingEntries, type QueueEntry } from '../../../../core/speaking-queue';
import { useT } from '../../i18n/texts-context';
import { CoalitionCell, categoryLabel, regionLabel } from './speaker-cells';
import { clockOf, secondsOf } from './speaker-times';
import type { SpeakersState } from './use-speakers';

const useStyles = makeStyles({
  scroll: { maxHeight: '40rem', overflowY: 'auto', overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  icon: { minWidth: '2rem' },
  row: {
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  dragging: { opacity: 0.5 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  small: { width: '4.5rem' },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** Which control of which row should have the focus after the list changes. */
interface FocusWish {
  entryId: string;
  control: string;
}

/**
 * The provisional list in speaking order. Each row moves by drag and drop, by Alt+arrows
 * (Alt+Home/End to the top or bottom) and by its buttons; "move to position" takes a number.
 * After a move the focus stays on the moved row, on the control that moved it.
 */
export function SpeakersListTable({ state }: { state: SpeakersState }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const hintId = useId();
  const { data, busy } = state;
  const entries = data ? waitingEntries(data.queue) : [];
  const [dragged, setDragged] = useState<string>();
  const [focus, setFocus] = useState<FocusWish>();
  const tableRef = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    if (!focus || !tableRef.current) return;
    const row = tableRef.current.querySelector<HTMLElement>(`[data-entry-id="${focus.entryId}"]`);
    const control = row?.querySelector<HTMLElement>(`[data-control="${focus.control}"]`);
    const target = control && !control.hasAttribute('disabled') ? control : row;
    target?.focus();
  }, [focus, data]);

  const move = async (entry: QueueEntry, position: number, control: string) => {
    const last = entries.length;
    const to = Math.min(Math.max(1, position), last);
    const name = entry.speaker.name;
    const ok = await state.command({ type: 'move', entryId: entry.id, position: to }, () =>
      t('tab.speakers.moved', { name, position: to }),
    );
    if (ok) setFocus({ entryId: entry.id, control });
  };

  const onRowKey = (
    event: KeyboardEvent<HTMLTableRowElement>,
    entry: QueueEntry,
    index: number,
  ) => {
    if (!event.altKey || event.target !== event.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowUp: index,
      ArrowDown: index + 2,
      Home: 1,
      End: entries.length,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    void move(entry, to, 'row');
  };

  return (
    <section aria-labelledby={headingId} data-testid="speakers-list">
      <h3 id={headingId}>{t('tab.speakers.list.heading', { count: entries.length })}</h3>
      <p id={hintId} className={styles.hint}>
        {t('tab.speakers.dragHint')}
      </p>
      {entries.length === 0 ? (
        <p>{t('tab.speakers.list.empty')}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table} aria-describedby={hintId}>
            <thead className={styles.head}>
              <tr>
                <th className={styles.cell}>{t('tab.speakers.col.position')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.speaker')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.category')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.region')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.coalition')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.time')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.actions')}</th>
              </tr>
            </thead>
            <tbody ref={tableRef}>
              {entries.map((entry, index) => (
                <tr
                  key={entry.id}
                  data-testid="list-entry"
                  data-entry-id={entry.id}
                  data-registration-id={entry.speaker.registrationId ?? ''}
                  tabIndex={0}
                  draggable={!busy}
                  className={`${styles.row} ${dragged === entry.id ? styles.dragging : ''}`}
                  onKeyDown={(e) => onRowKey(e, entry, index)}
                  onDragStart={(e) => {
                    e.dataTransfer.setData('text/plain', entry.id);
                    e.dataTransfer.effectAllowed = 'move';
                    setDragged(entry.id);
                  }}
                  onDragEnd={() => setDragged(undefined)}
                  onDragOver={(e) => e.preventDefault()}
                  onDrop={(e) => {
                    e.preventDefault();
                    const id = e.dataTransfer.getData('text/plain') || dragged;
                    const source = entries.find((x) => x.id === id);
                    setDragged(undefined);
                    if (source && source.id !== entry.id) void move(source, index + 1, 'row');
                  }}
                >
                  <td className={styles.cell}>{index + 1}</td>
                  <td className={styles.cell}>
                    {entry.speaker.name} ({entry.speaker.organization})
                  </td>
                  <td className={styles.cell}>
                    {entry.profile
                      ? categoryLabel(data?.categories ?? [], entry.profile.category)
                      : ''}
                  </td>
                  <td className={styles.cell}>{regionLabel(t, entry.profile?.region)}</td>
                  <td className={styles.cell}>
                    <CoalitionCell t={t} coalition={entry.onBehalfOf} />
                  </td>
                  <td className={styles.cell}>
                    <TimeEditor entry={entry} state={state} />
                  </td>
                  <td className={styles.cell}>
                    <RowActions
                      entry={entry}
                      index={index}
                      last={entries.length}
                      busy={busy}
                      move={move}
                      remove={() => void state.command({ type: 'remove', entryId: entry.id })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RowActions(props: {
  entry: QueueEntry;
  index: number;
  last: number;
  busy: boolean;
  move: (entry: QueueEntry, position: number, control: string) => Promise<void>;
  remove: () => void;
}) {
  const { entry, index, last, busy, move } = props;
  const t = useT();
  const styles = useStyles();
  const inputId = useId();
  const [position, setPosition] = useState('');
  const name = entry.speaker.name;
  const button = (control: string, label: string, text: string, to: number, disabled: boolean) => (
    <Button
      size="small"
      className={styles.icon}
      data-control={control}
      aria-label={label}
      title={label}
      disabled={busy || disabled}
      onClick={() => void move(entry, to, control)}
    >
      {text}
    </Button>
  );
  return (
    <div className={styles.actions}>
      {button('top', t('tab.speakers.moveTop', { name }), '⤒', 1, index === 0)}
      {button('up', t('tab.speakers.moveUp', { name }), '↑', index, index === 0)}
      {button('down', t('tab.speakers.moveDown', { name }), '↓', index + 2, index === last - 1)}
      {button('bottom', t('tab.speakers.moveBottom', { name }), '⤓', last, index === last - 1)}
      <form
        className={styles.actions}
        onSubmit={(e) => {
          e.preventDefault();
          const to = Number(position);
          if (Number.isInteger(to) && to >= 1)
            void move(entry, to, 'position').then(() => setPosition(''));
        }}
      >
        <Input
          id={inputId}
          className={styles.small}
          size="small"
          type="number"
          min={1}
          max={last}
          data-control="position"
          aria-label={t('tab.speakers.moveToLabel', { name })}
          value={position}
          onChange={(_, d) => setPosition(d.value)}
        />
        <Button size="small" type="submit" disabled={busy || position === ''}>
          {t('tab.speakers.moveGo')}
        </Button>
      </form>
      <Button
        size="small"
        appearance="subtle"
        className={styles.icon}
        disabled={busy}
        aria-label={t('tab.speakers.remove', { name })}
        title={t('tab.speakers.remove', { name })}
        onClick={props.remove}
      >
        ✕
      </Button>
    </div>
  );
}

function TimeEditor({ entry, state }: { entry: QueueEntry; state: SpeakersState }) {
  const t = useT();
  const styles = useStyles();
  const [text, setText] = useState(clockOf(entry.allottedSeconds));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(clockOf(entry.allottedSeconds)), [entry.allottedSeconds]);
  const name = entry.speaker.name;
  return (
    <form
      className={styles.actions}
      onSubmit={(e) => {
        e.preventDefault();
        const seconds = secondsOf(text);
        setInvalid(seconds === undefined);
        if (seconds !== undefined && seconds !== entry.allottedSeconds) {
          void state.command({ type: 'setAllottedTime', entryId: entry.id, seconds });
        }
      }}
    >
      <Input
        className={styles.small}
        size="small"
        data-control="time"
        aria-label={t('tab.speakers.timeLabel', { name })}
        aria-invalid={invalid}
        title={invalid ? t('tab.speakers.timeInvalid') : undefined}
        value={text}
        onChange={(_, d) => setText(d.value)}
      />
      <Button size="small" type="submit" disabled={state.busy}>
        {t('tab.speakers.timeSet')}
      </Button>
      {invalid && <span role="alert">{t('tab.speakers.timeInvalid')}</span>}
    </form>
  );
}
