import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import {
  queueBalance,
  speakingEntry,
  type BalanceRow,
  type RegionKey,
  type SpeakingQueue,
} from '../../../core/speaking-queue';
import { useT } from '../i18n/texts-context';
import type { T } from '../i18n/texts';
import { durationText } from '../queue/countdown';
import { serverTime } from '../queue/server-clock';
import { useTicker } from '../queue/use-ticker';
import { categoryLabel, regionLabel } from '../organizer/speakers/speaker-cells';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Fixed columns keep the table inside a 320 px side panel whatever a group is called.
  table: { inlineSize: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
  group: { inlineSize: '42%' },
  turns: { inlineSize: '22%' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInlineEnd: tokens.spacingHorizontalXS,
    overflowWrap: 'break-word',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // A group's name may be one long word (a coalition's acronym): it breaks anywhere.
  rowHead: { fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere' },
  waiting: { display: 'block', color: tokens.colorNeutralForeground2 },
  // The bar is drawn from the start edge, so it grows leftwards in Arabic; its length is the
  // share of the longest time in the table, and the number beside it says the same in words.
  track: { display: 'block', blockSize: '8px', backgroundColor: tokens.colorNeutralBackground4 },
  bar: { display: 'block', blockSize: '100%', backgroundColor: tokens.colorBrandBackground },
});

/**
 * The balance of the floor so far, for the chair's team: turns and speaking time by
 * stakeholder category, UN regional group and coalition, each as a table whose time cell
 * carries a bar. It follows the queue as it changes, and the running turn as it runs.
 */
export function BalanceChart(props: {
  queue: SpeakingQueue;
  offsetMs: number;
  categories: Array<{ id: string; label: string }>;
}) {
  const { queue, categories } = props;
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const local = useTicker(speakingEntry(queue)?.timer.phase === 'running', 1000);
  const balance = queueBalance(queue, serverTime(props.offsetMs, local).getTime());
  const category = (key: string | null) =>
    key === null ? t('tab.balance.unknownCategory') : categoryLabel(categories, key);
  const region = (key: RegionKey) =>
    key === null ? t('tab.balance.unknownRegion') : regionLabel(t, key === 'none' ? null : key);
  const empty = balance.byCategory.length === 0;
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="balance">
      <h2 id={headingId}>{t('tab.balance.heading')}</h2>
      {empty && <Text>{t('tab.balance.none')}</Text>}
      <BalanceTable
        t={t}
        kind="category"
        caption={t('tab.balance.byCategory')}
        rows={balance.byCategory}
        label={category}
      />
      <BalanceTable
        t={t}
        kind="region"
        caption={t('tab.balance.byRegion')}
        rows={balance.byRegion}
        label={region}
      />
      <BalanceTable
        t={t}
        kind="coalition"
        caption={t('tab.balance.byCoalition')}
        rows={balance.byCoalition}
        label={(key) => key}
      />
    </section>
  );
}

function BalanceTable<K>(props: {
  t: T;
  kind: string;
  caption: string;
  rows: BalanceRow<K>[];
  label: (key: K) => string;
}) {
  const { t, rows, label } = props;
  const styles = useStyles();
  if (rows.length === 0) return null;
  const longest = Math.max(...rows.map((r) => r.spokenMs));
  return (
    <table className={styles.table} data-testid={`balance-${props.kind}`}>
      <caption className={styles.caption}>{props.caption}</caption>
      <colgroup>
        <col className={styles.group} />
        <col className={styles.turns} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {t('tab.balance.col.group')}
          </th>
          <th scope="col" className={styles.cell}>
            {t('tab.balance.col.interventions')}
          </th>
          <th scope="col" className={styles.cell}>
            {t('tab.balance.col.time')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const share = longest > 0 ? Math.round((row.spokenMs / longest) * 100) : 0;
          return (
            <tr key={String(row.key)} data-testid="balance-row">
              <th scope="row" className={`${styles.cell} ${styles.rowHead}`}>
                <bdi>{label(row.key)}</bdi>
                {row.waiting > 0 && (
                  <Caption1 className={styles.waiting}>
                    {t('tab.balance.waiting', { count: row.waiting })}
                  </Caption1>
                )}
              </th>
              <td className={styles.cell} data-testid="balance-turns">
                {row.interventions}
              </td>
              <td className={styles.cell}>
                <span data-testid="balance-time">{durationText(row.spokenMs)}</span>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.bar} style={{ inlineSize: `${share}%` }} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
