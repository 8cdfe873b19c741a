import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Boot } from './boot';
import { DevSignInBanner } from './components/dev-sign-in-banner';
import { ErrorNotice } from './components/error-notice';
import { SignInGate } from './components/sign-in-gate';
import { themeOf } from './host/theme';
import type { ThemeName } from './host/host';
import { directionOf } from './i18n/locale';
import { LanguageProvider, TextsProvider } from './i18n/texts-context';
import { ViewRouter } from './views/view-router';

/** The tab, once booted: the surface named by the URL under the Teams theme. */
export function App({ boot }: { boot: Boot }) {
  const [theme, setTheme] = useState<ThemeName>(boot.host.theme);
  const [signIn, setSignIn] = useState(0);
  const [signInNeeded, setSignInNeeded] = useState(boot.signInNeeded);

  useEffect(() => {
    boot.host.onThemeChange(setTheme);
    document.documentElement.lang = boot.language;
    document.documentElement.dir = directionOf(boot.language);
    document.title = boot.t('tab.title');
  }, [boot]);

  return (
    <FluentProvider theme={themeOf(theme)} dir={directionOf(boot.language)} className="app-root">
      <LanguageProvider value={boot.language}>
        <TextsProvider value={boot.t}>
          {boot.host.mode === 'dev' && (
            <DevSignInBanner api={boot.api} onChange={() => setSignIn((n) => n + 1)} />
          )}
          {boot.textsMissing && <ErrorNotice message={boot.t('tab.textsFailed')} />}
          {signInNeeded ? (
            <SignInGate host={boot.host} onSignedIn={() => setSignInNeeded(false)} />
          ) : (
            <ViewRouter key={signIn} boot={boot} />
          )}
        </TextsProvider>
      </LanguageProvider>
    </FluentProvider>
  );
}

/** The tab could not start (a Teams host that never answered): the reason, in words. */
export function BootFailed({ language, message }: { language: string; message: string }) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
  return (
    <FluentProvider theme={themeOf('default')} dir={directionOf(language)} className="app-root">
      <main data-testid="host-unanswered">
        <ErrorNotice message={message} />
      </main>
    </FluentProvider>
  );
}
