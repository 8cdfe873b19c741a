import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { ErrorNotice } from '../components/error-notice';
import { useT } from '../i18n/texts-context';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * The registrations' CSV and .xlsx exports: each asks for a single-use link (decision 003)
 * and opens it; where the window is blocked, the link is shown to click instead.
 */
export function ExportButtons({ api, eventId }: { api: ApiClient; eventId: string }) {
  const t = useT();
  const styles = useStyles();
  const describedBy = useId();
  const [link, setLink] = useState<string>();
  const [failed, setFailed] = useState(false);
  const start = (format: 'csv' | 'xlsx') => {
    setFailed(false);
    setLink(undefined);
    api.exportRegistrations(eventId, format).then(
      ({ url }) => {
        const opened = window.open(url, '_blank');
        if (opened) opened.opener = null;
        else setLink(url);
      },
      () => setFailed(true),
    );
  };
  return (
    <div className={styles.row}>
      <span id={describedBy} className="visually-hidden">
        {t('tab.desk.export.what')}
      </span>
      <Button aria-describedby={describedBy} data-testid="export-csv" onClick={() => start('csv')}>
        {t('tab.export.csv')}
      </Button>
      <Button
        aria-describedby={describedBy}
        data-testid="export-xlsx"
        onClick={() => start('xlsx')}
      >
        {t('tab.desk.export.xlsx')}
      </Button>
      {link && (
        <Link href={link} target="_blank" rel="noreferrer" data-testid="export-link">
          {t('tab.desk.export.link')}
        </Link>
      )}
      {failed && <ErrorNotice message={t('tab.export.failed')} />}
    </div>
  );
}
