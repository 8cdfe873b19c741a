import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ApiClient } from '../api/api-client';
import type { BreakoutPerson, BreakoutsResponse } from '../api/roundtable-types';
import { useT } from '../i18n/texts-context';
import { ExportButton } from './export-button';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  scroll: { overflowX: 'auto' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlock: '4px' },
});

/** The chair's view of the breakout groups: one list per group, then those without a seat. */
export function BreakoutsSection(props: {
  api: ApiClient;
  eventId: string;
  data: BreakoutsResponse;
}) {
  const { data } = props;
  const t = useT();
  const styles = useStyles();
  return (
    <section
      className={styles.section}
      aria-labelledby="breakouts-heading"
      data-testid="breakouts-section"
    >
      <h2 id="breakouts-heading" className={styles.heading}>
        {t('tab.breakouts.heading')}
      </h2>
      {!data.assigned ? (
        <p>{t('tab.breakouts.notAssigned')}</p>
      ) : (
        <>
          <ExportButton api={props.api} eventId={props.eventId} list="breakouts" />
          {data.groups.map((g) => (
            <PeopleTable
              key={g.id}
              caption={t('tab.breakouts.caption', {
                title: [g.title, g.location].filter(Boolean).join(', '),
                count: g.people.length,
                capacity: g.capacity,
              })}
              people={g.people}
            />
          ))}
          {data.overflow.length > 0 && (
            <PeopleTable
              caption={t('tab.breakouts.overflow', { count: data.overflow.length })}
              people={data.overflow}
            />
          )}
        </>
      )}
    </section>
  );
}

function PeopleTable({ caption, people }: { caption: string; people: BreakoutPerson[] }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="small" data-testid="breakout-table">
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('tab.breakouts.col.name')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.breakouts.col.organization')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.breakouts.col.reference')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {people.length === 0 ? (
            <TableRow>
              <TableCell colSpan={3}>{t('tab.breakouts.empty')}</TableCell>
            </TableRow>
          ) : (
            people.map((p) => (
              <TableRow key={p.referenceCode || p.name}>
                <TableCell>
                  <bdi>{p.name}</bdi>
                </TableCell>
                <TableCell>
                  <bdi>{p.organization}</bdi>
                </TableCell>
                <TableCell>
                  <bdi>{p.referenceCode}</bdi>
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
