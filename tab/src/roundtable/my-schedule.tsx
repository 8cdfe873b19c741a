import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { MyRoundtableResponse } from '../api/roundtable-types';
import { ErrorNotice } from '../components/error-notice';
import { listText } from '../../../core/i18n/list-text';
import { useLanguage, useT } from '../i18n/texts-context';
import { SpanTime } from './span-time';
import { useLoad } from '../api/use-load';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalXS,
  },
});

/** The viewer's own roundtable: matchmaking meetings in both zones, open proposals, breakout. */
export function MySchedule(props: { api: ApiClient; eventId: string; zone: string }) {
  const { api, eventId, zone } = props;
  const t = useT();
  const styles = useStyles();
  const load = useCallback(() => api.myRoundtable(eventId, zone), [api, eventId, zone]);
  const { loaded, reload } = useLoad(load);
  return (
    <section className={styles.section} aria-labelledby="my-schedule" data-testid="my-schedule">
      <h2 id="my-schedule" className={styles.heading}>
        {t('tab.mySchedule.heading')}
      </h2>
      {loaded.state === 'loading' && <Spinner size="small" label={t('tab.loading')} />}
      {loaded.state === 'failed' && <ErrorNotice message={t('tab.roundtable.loadFailed')} />}
      {loaded.state === 'ready' &&
        (loaded.data.registered ? (
          <Schedule {...props} mine={loaded.data} onAnswered={reload} />
        ) : (
          <p>{t('tab.mySchedule.notRegistered')}</p>
        ))}
    </section>
  );
}

function Schedule(props: {
  api: ApiClient;
  eventId: string;
  mine: MyRoundtableResponse;
  onAnswered: () => void;
}) {
  const { api, eventId, mine } = props;
  const t = useT();
  const language = useLanguage();
  const styles = useStyles();
  const [failed, setFailed] = useState(false);
  const answer = (matchId: string, reply: 'accept' | 'decline') => {
    setFailed(false);
    api.answerMatch(eventId, matchId, reply).then(props.onAnswered, () => setFailed(true));
  };
  return (
    <>
      <h3 className={styles.subheading}>{t('tab.mySchedule.meetings')}</h3>
      {mine.meetings.length === 0 ? (
        <p>{t('tab.mySchedule.noMeetings')}</p>
      ) : (
        <ul className={styles.list} data-testid="my-meetings">
          {mine.meetings.map((m) => (
            <li key={m.matchId}>
              {t('tab.mySchedule.meetingWith', { table: m.table, counterpart: m.counterpart })}
              {m.eventZone && m.viewerZone && (
                <>
                  <br />
                  {t('tab.programme.eventTime', { zone: m.eventZone.zone })}:{' '}
                  <SpanTime span={m.eventZone} />
                  <br />
                  {t('tab.programme.yourTime', { zone: m.viewerZone.zone })}:{' '}
                  <SpanTime span={m.viewerZone} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 className={styles.subheading}>{t('tab.mySchedule.proposals')}</h3>
      {failed && <ErrorNotice message={t('tab.mySchedule.answerFailed')} />}
      {mine.proposals.length === 0 ? (
        <p>{t('tab.mySchedule.noProposals')}</p>
      ) : (
        <ul className={styles.list} data-testid="my-proposals">
          {mine.proposals.map((p) => (
            <li key={p.id} data-testid="proposal" data-status={p.status}>
              {t('tab.mySchedule.proposal', {
                counterpart: p.counterpart,
                areas: listText(p.sharedAreas, language),
              })}{' '}
              {t(`tab.match.status.${p.status}`)}
              {p.canAnswer && (
                <div className={styles.actions}>
                  <Button
                    appearance="primary"
                    aria-label={t('tab.mySchedule.acceptLabel', { counterpart: p.counterpart })}
                    onClick={() => answer(p.id, 'accept')}
                  >
                    {t('tab.mySchedule.accept')}
                  </Button>
                  <Button
                    aria-label={t('tab.mySchedule.declineLabel', { counterpart: p.counterpart })}
                    onClick={() => answer(p.id, 'decline')}
                  >
                    {t('tab.mySchedule.decline')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 className={styles.subheading}>{t('tab.mySchedule.breakout')}</h3>
      <p data-testid="my-breakout">
        {mine.breakoutGroup
          ? [mine.breakoutGroup.title, mine.breakoutGroup.location].filter(Boolean).join(', ')
          : t('tab.mySchedule.noBreakout')}
      </p>
    </>
  );
}
