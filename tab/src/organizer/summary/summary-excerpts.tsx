import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SummaryResponse } from '../../../../core/api/summary-api';
import { ApiError, type ApiClient } from '../../api/api-client';
import { ErrorNotice } from '../../components/error-notice';
import { useT } from '../../i18n/texts-context';

type Excerpt = NonNullable<SummaryResponse['excerpts']>[number];

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    borderInlineStartWidth: '3px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    paddingInlineStart: tokens.spacingHorizontalM,
  },
  words: { margin: `${tokens.spacingVerticalXS} 0` },
  hidden: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
});

/**
 * What was said in each intervention, from the meeting's transcript, with a control for the
 * chair to hide an excerpt from the summary (or show it again). The list's name comes first;
 * the transcript's names follow it, never replacing it.
 */
export function SummaryExcerpts(props: { api: ApiClient; eventId: string; excerpts: Excerpt[] }) {
  const t = useT();
  const styles = useStyles();
  const [hidden, setHidden] = useState(
    () => new Map(props.excerpts.map((e) => [`${e.sessionId}/${e.entryId}`, e.hidden])),
  );
  const [refusal, setRefusal] = useState<string>();

  const toggle = async (e: Excerpt) => {
    const key = `${e.sessionId}/${e.entryId}`;
    setRefusal(undefined);
    try {
      const done = await props.api.excerptHidden(props.eventId, e, !hidden.get(key));
      setHidden((before) => new Map(before).set(key, done.hidden));
    } catch (error) {
      setRefusal(error instanceof ApiError ? error.message : t('tab.summary.said.failed'));
    }
  };

  return (
    <section data-testid="summary-excerpts">
      <h3>{t('tab.summary.said.heading')}</h3>
      {refusal && <ErrorNotice message={refusal} />}
      <ol className={styles.list}>
        {props.excerpts.map((e) => {
          const isHidden = hidden.get(`${e.sessionId}/${e.entryId}`) ?? e.hidden;
          return (
            <li key={`${e.sessionId}/${e.entryId}`} className={styles.item}>
              <strong>
                {e.order}. <bdi>{e.name}</bdi>
              </strong>
              {e.voices.length > 0 && (
                <span>
                  {' '}
                  (<bdi>{e.voices.join(', ')}</bdi>)
                </span>
              )}
              <p
                className={isHidden ? `${styles.words} ${styles.hidden}` : styles.words}
                dir="auto"
              >
                {isHidden ? t('tab.summary.said.hidden') : e.text}
              </p>
              <Button
                size="small"
                aria-pressed={isHidden}
                onClick={() => void toggle(e)}
                data-testid="summary-excerpt-toggle"
              >
                {isHidden
                  ? t('tab.summary.said.show', { name: e.name })
                  : t('tab.summary.said.hide', { name: e.name })}
              </Button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
