import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import type { ProgrammeResponse, ProgrammeSession, SessionPerson } from '../api/roundtable-types';
import { useT } from '../i18n/texts-context';
import type { T } from '../i18n/texts';
import { SpanTime } from './span-time';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  session: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  marked: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  times: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0 },
});

/** The programme, each session in the event's zone and the viewer's, with now and next marked. */
export function ProgrammeList({ programme }: { programme: ProgrammeResponse }) {
  const t = useT();
  const styles = useStyles();
  const { whatsNext, sessions } = programme;
  if (sessions.length === 0) return <p>{t('tab.programme.none')}</p>;
  const markOf = (id: string) =>
    id === whatsNext.currentId ? 'now' : id === whatsNext.nextId ? 'next' : undefined;
  return (
    <>
      <p>
        {t('tab.programme.zones', {
          eventZone: programme.event.timeZone,
          viewerZone: programme.viewerZone,
        })}
      </p>
      {whatsNext.kind === 'nothingLeft' && <p>{t('tab.programme.nothingLeft')}</p>}
      <ol className={styles.list} data-testid="programme-list">
        {sessions.map((session) => {
          const mark = markOf(session.id);
          return (
            <li
              key={session.id}
              className={mark ? `${styles.session} ${styles.marked}` : styles.session}
              data-testid="programme-session"
              data-session={session.id}
              {...(mark === 'now' ? { 'aria-current': 'time' as const } : {})}
            >
              <SessionBody session={session} mark={mark} t={t} styles={styles} />
            </li>
          );
        })}
      </ol>
    </>
  );
}

function SessionBody(props: {
  session: ProgrammeSession;
  mark: 'now' | 'next' | undefined;
  t: T;
  styles: ReturnType<typeof useStyles>;
}) {
  const { session, mark, t, styles } = props;
  return (
    <>
      <h3 className={styles.title}>
        {session.title}
        {mark && (
          <Badge appearance="filled" color={mark === 'now' ? 'success' : 'brand'}>
            {t(mark === 'now' ? 'tab.programme.now' : 'tab.programme.next')}
          </Badge>
        )}
      </h3>
      <dl className={styles.times}>
        <dt className={styles.term}>
          {t('tab.programme.eventTime', { zone: session.eventZone.zone })}
        </dt>
        <dd className={styles.detail} data-testid="event-time">
          <SpanTime span={session.eventZone} />
        </dd>
        <dt className={styles.term}>
          {t('tab.programme.yourTime', { zone: session.viewerZone.zone })}
        </dt>
        <dd className={styles.detail} data-testid="viewer-time">
          <SpanTime span={session.viewerZone} />
        </dd>
        {session.location && (
          <>
            <dt className={styles.term}>{t('tab.programme.where')}</dt>
            <dd className={styles.detail} dir="auto">
              {session.location}
            </dd>
          </>
        )}
        {session.moderators.length > 0 && (
          <>
            <dt className={styles.term}>{t('tab.programme.moderators')}</dt>
            <dd className={styles.detail}>{people(session.moderators, t)}</dd>
          </>
        )}
        {session.speakers.length > 0 && (
          <>
            <dt className={styles.term}>{t('tab.programme.speakers')}</dt>
            <dd className={styles.detail}>{people(session.speakers, t)}</dd>
          </>
        )}
      </dl>
    </>
  );
}

/** "Name, title; Name, title (to be confirmed)": the names as entered, the note from the catalog. */
function people(list: SessionPerson[], t: T): ReactNode {
  return list.map((p, i) => {
    const name = [p.name, p.title].filter(Boolean).join(', ');
    return (
      <Fragment key={i}>
        {i > 0 && '; '}
        {p.toBeConfirmed ? t('tab.programme.tbc', { name }) : <bdi>{name}</bdi>}
      </Fragment>
    );
  });
}
