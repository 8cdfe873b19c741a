import { Button, Link } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { RoundtableList } from '../api/roundtable-types';
import { ErrorNotice } from '../components/error-notice';
import { useT } from '../i18n/texts-context';

/**
 * Asks for a single-use download link to a list and opens it; where the window is blocked,
 * the link is shown to click instead.
 */
export function ExportButton(props: { api: ApiClient; eventId: string; list: RoundtableList }) {
  const { api, eventId, list } = props;
  const t = useT();
  const describedBy = useId();
  const [link, setLink] = useState<string>();
  const [failed, setFailed] = useState(false);
  const start = () => {
    setFailed(false);
    setLink(undefined);
    api.exportList(eventId, list).then(
      ({ url }) => {
        const opened = window.open(url, '_blank');
        if (opened) opened.opener = null;
        else setLink(url);
      },
      () => setFailed(true),
    );
  };
  return (
    <div>
      {/* The name is the visible text in every language (WCAG 2.5.3); what is exported, the description. */}
      <Button aria-describedby={describedBy} data-testid={`export-${list}`} onClick={start}>
        {t('tab.export.csv')}
      </Button>
      <span id={describedBy} className="visually-hidden">
        {t(list === 'invitations' ? 'tab.export.invitations' : 'tab.export.breakouts')}
      </span>
      {link && (
        <p>
          <Link href={link} target="_blank" rel="noreferrer" data-testid={`export-${list}-link`}>
            {t('tab.export.link')}
          </Link>
        </p>
      )}
      {failed && <ErrorNotice message={t('tab.export.failed')} />}
    </div>
  );
}
