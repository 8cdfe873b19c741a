import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Host } from '../host/host';
import { useT } from '../i18n/texts-context';
import { ErrorNotice } from './error-notice';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/**
 * Teams could not sign the person in silently (they have not consented to the app yet): says
 * so, and offers Teams' sign-in pop-up; once they consent, `onSignedIn` shows the surface.
 */
export function SignInGate({ host, onSignedIn }: { host: Host; onSignedIn: () => void }) {
  const t = useT();
  const styles = useStyles();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  const consent = async () => {
    setState('working');
    try {
      await host.consent?.();
      await host.authHeaders();
      onSignedIn();
    } catch {
      setState('failed');
    }
  };
  return (
    <main className={styles.main} data-testid="sign-in-needed">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('tab.host.signInNeeded')}</MessageBarBody>
      </MessageBar>
      {state === 'failed' && <ErrorNotice message={t('tab.host.consentFailed')} />}
      <Button
        appearance="primary"
        disabled={state === 'working' || !host.consent}
        onClick={() => void consent()}
        data-testid="consent-button"
      >
        {t('tab.host.consent')}
      </Button>
    </main>
  );
}
