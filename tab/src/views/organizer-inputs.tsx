import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import { ApiError, type ApiClient } from '../api/api-client';
import { ErrorNotice } from '../components/error-notice';
import { intlLocaleOf } from '../../../core/i18n/intl-locale';
import { useT } from '../i18n/texts-context';
import { InputReviewItem } from '../inputs/input-review-item';
import { failureText, useLoad } from '../api/use-load';
import { LoadingSection } from '../components/loading-section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  text: { margin: 0 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
});

/** The chair's team reads each written statement and publishes or withholds it, with a reason. */
export function OrganizerInputs({ api, eventId }: { api: ApiClient; eventId: string }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const load = useCallback(() => api.inputs(eventId), [api, eventId]);
  const { data, error: failure, reload } = useLoad(load);
  const error = failureText(failure, t('tab.inputs.loadFailed'));
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const dates = new Intl.DateTimeFormat(intlLocaleOf(document.documentElement.lang || 'en'), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  const review = async (inputId: string, decision: 'publish' | 'withhold', reason: string) => {
    if (busy) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const answer = await api.reviewInput(eventId, inputId, decision, reason);
      const status = t(`tab.inputs.status.${answer.input.review.status}`);
      setNote(t('tab.inputs.done', { organization: answer.input.author.organization, status }));
      await reload();
    } catch (e) {
      setRefusal(e instanceof ApiError ? e.message : t('tab.command.failed'));
    } finally {
      setBusy(false);
    }
  };
  const openFile = async (inputId: string, fileName: string) => {
    try {
      const url = URL.createObjectURL(await api.inputFile(eventId, inputId));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setRefusal(e instanceof ApiError ? e.message : t('tab.command.failed'));
    }
  };

  const heading = (
    <h2 id={headingId} className={styles.heading}>
      {t('tab.inputs.heading')}
    </h2>
  );
  if (!data) {
    return (
      <LoadingSection
        headingId={headingId}
        heading={heading}
        error={error}
        className={styles.root}
      />
    );
  }
  const count = (status: string) => data.inputs.filter((i) => i.review.status === status).length;
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="inputs">
      {heading}
      {error && <ErrorNotice message={error} />}
      <p className={styles.text} data-testid="input-counts">
        {t('tab.inputs.counts', {
          unreviewed: count('unreviewed'),
          published: count('published'),
          withheld: count('withheld'),
        })}{' '}
        <Link href={data.publicUrl} target="_blank" rel="noopener" data-testid="public-page">
          {t('tab.inputs.publicPage')}
        </Link>
      </p>
      <div role="status" aria-live="polite" data-testid="input-result">
        {note && <p className={styles.text}>{note}</p>}
      </div>
      {refusal && <ErrorNotice message={refusal} />}
      {data.inputs.length === 0 ? (
        <p className={styles.text}>{t('tab.inputs.none')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('tab.inputs.caption')}>
          {data.inputs.map((row) => (
            <InputReviewItem
              key={`${row.id}-${row.review.reviewedAt ?? ''}`}
              row={row}
              busy={busy}
              received={dates.format(new Date(row.receivedAt))}
              onReview={(decision, reason) => void review(row.id, decision, reason)}
              onOpenFile={() => void openFile(row.id, row.fileName ?? 'statement')}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
