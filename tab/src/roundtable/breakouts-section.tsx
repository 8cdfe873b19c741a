import { makeStyles, tokens } from '@fluentui/react-components';
import type { ApiClient } from '../api/api-client';
import type { BreakoutPerson, BreakoutsResponse } from '../api/roundtable-types';
import { DataTable } from '../components/data-table';
import { useT } from '../i18n/texts-context';
import { ExportButton } from './export-button';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  scroll: { overflowX: 'auto' },
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
      <DataTable
        testId="breakout-table"
        caption={caption}
        rows={people}
        rowKey={(p) => p.referenceCode || p.name}
        empty={t('tab.breakouts.empty')}
        columns={[
          { header: t('tab.breakouts.col.name'), cell: (p) => <bdi>{p.name}</bdi> },
          { header: t('tab.breakouts.col.organization'), cell: (p) => <bdi>{p.organization}</bdi> },
          { header: t('tab.breakouts.col.reference'), cell: (p) => <bdi>{p.referenceCode}</bdi> },
        ]}
      />
    </div>
  );
}
