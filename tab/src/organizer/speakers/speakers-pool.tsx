import { Button, Checkbox, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { UN_REGIONAL_GROUPS } from '../../../../core/registration/un-regional-groups';
import type { PoolEntry } from '../../api/api-types';
import { useT } from '../../i18n/texts-context';
import { CoalitionCell, categoryLabel, regionLabel } from './speaker-cells';
import { clockOf } from './speaker-times';
import type { SpeakersState } from './use-speakers';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    marginBlockEnd: tokens.spacingVerticalS,
  },
  by: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'end' },
  scroll: { maxHeight: '28rem', overflowY: 'auto', overflowX: 'auto' },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
  },
});

type By = 'all' | `category:${string}` | `region:${string}`;

/**
 * The "to be placed" pool: everyone confirmed who asked for the floor and is not on the list
 * yet, a coalition as one entry. Placing in bulk (all, the selection, a category or a region)
 * takes one action however many it places.
 */
export function SpeakersPool({ state }: { state: SpeakersState }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const byId = useId();
  const { data, busy } = state;
  const pool = data?.pool ?? [];
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [by, setBy] = useState<By>('all');
  const chosen = pool.filter((p) => selected.has(p.registrationId)).map((p) => p.registrationId);
  const matching = useMemo(() => pool.filter((p) => matches(p, by)), [pool, by]);
  const categories = data?.categories ?? [];
  const present = new Set(pool.map((p) => p.profile.category));

  const placeIds = async (ids: string[]) => {
    if (await state.place(ids)) setSelected(new Set());
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section aria-labelledby={headingId} data-testid="speakers-pool">
      <h3 id={headingId}>{t('tab.speakers.pool.heading', { count: pool.length })}</h3>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          disabled={busy || pool.length === 0}
          onClick={() => void placeIds(pool.map((p) => p.registrationId))}
        >
          {t('tab.speakers.placeAll', { count: pool.length })}
        </Button>
        <Button disabled={busy} onClick={() => void placeIds(chosen)}>
          {t('tab.speakers.placeSelected', { count: chosen.length })}
        </Button>
        <div className={styles.by}>
          <label htmlFor={byId}>{t('tab.speakers.placeBy')}</label>
          <Select id={byId} value={by} onChange={(_, d) => setBy(d.value as By)}>
            <option value="all">—</option>
            <optgroup label={t('tab.speakers.placeByCategory')}>
              {categories
                .filter((c) => present.has(c.id))
                .map((c) => (
                  <option key={c.id} value={`category:${c.id}`}>
                    {c.label}
                  </option>
                ))}
            </optgroup>
            <optgroup label={t('tab.speakers.placeByRegion')}>
              {[...UN_REGIONAL_GROUPS, 'none'].map((r) => (
                <option key={r} value={`region:${r}`}>
                  {regionLabel(t, r === 'none' ? null : (r as (typeof UN_REGIONAL_GROUPS)[number]))}
                </option>
              ))}
            </optgroup>
          </Select>
          <Button
            disabled={busy || by === 'all'}
            onClick={() => void placeIds(matching.map((p) => p.registrationId))}
          >
            {t('tab.speakers.placeGroup')} ({matching.length})
          </Button>
        </div>
      </div>
      {pool.length === 0 ? (
        <p>{t('tab.speakers.pool.empty')}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead className={styles.head}>
              <tr>
                <th className={styles.cell}>
                  <Checkbox
                    aria-label={t('tab.speakers.selectAll')}
                    checked={
                      chosen.length === 0 ? false : chosen.length === pool.length ? true : 'mixed'
                    }
                    onChange={(_, d) =>
                      setSelected(
                        new Set(d.checked === true ? pool.map((p) => p.registrationId) : []),
                      )
                    }
                  />
                </th>
                <th className={styles.cell}>{t('tab.speakers.col.speaker')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.category')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.region')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.coalition')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.time')}</th>
                <th className={styles.cell}>{t('tab.speakers.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {pool.map((p) => {
                const name = `${p.speaker.name} (${p.speaker.organization})`;
                return (
                  <tr
                    key={p.registrationId}
                    data-testid="pool-entry"
                    data-registration-id={p.registrationId}
                  >
                    <td className={styles.cell}>
                      <Checkbox
                        aria-label={t('tab.speakers.select', { name })}
                        checked={selected.has(p.registrationId)}
                        onChange={(_, d) => toggle(p.registrationId, d.checked === true)}
                      />
                    </td>
                    <td className={styles.cell}>{name}</td>
                    <td className={styles.cell}>{categoryLabel(categories, p.profile.category)}</td>
                    <td className={styles.cell}>{regionLabel(t, p.profile.region)}</td>
                    <td className={styles.cell}>
                      <CoalitionCell
                        t={t}
                        coalition={p.coalition ? { kind: 'group', ...p.coalition } : null}
                      />
                    </td>
                    <td className={styles.cell}>{clockOf(p.allottedSeconds)}</td>
                    <td className={styles.cell}>
                      <Button
                        size="small"
                        disabled={busy}
                        aria-label={t('tab.speakers.placeOne', { name })}
                        onClick={() => void placeIds([p.registrationId])}
                      >
                        {t('tab.speakers.place')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function matches(entry: PoolEntry, by: By): boolean {
  if (by === 'all') return false;
  const [kind, value] = by.split(':') as ['category' | 'region', string];
  if (kind === 'category') return entry.profile.category === value;
  return (entry.profile.region ?? 'none') === value;
}
