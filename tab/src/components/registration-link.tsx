import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../i18n/texts-context';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  link: { minWidth: '20rem', flexGrow: 1 },
});

/** The event's public registration page (served by this service): the link for the letter. */
export function registrationPageUrl(eventId: string, origin = window.location.origin): string {
  return `${origin}/events/${encodeURIComponent(eventId)}/register`;
}

/** The link a chair puts in the letter, read-only, with a button that copies it. */
export function RegistrationLink(props: { eventId: string }) {
  const t = useT();
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const url = registrationPageUrl(props.eventId);
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  return (
    <div className={styles.row}>
      <Field label={t('tab.reg.pageLink')} className={styles.link}>
        <Input readOnly value={url} data-testid="registration-page-link" />
      </Field>
      <Button
        data-testid="copy-registration-link"
        onClick={() => void copy().catch(() => undefined)}
      >
        {t('tab.reg.copyLink')}
      </Button>
      <span role="status" aria-live="polite">
        {copied ? t('tab.reg.linkCopied') : ''}
      </span>
    </div>
  );
}
