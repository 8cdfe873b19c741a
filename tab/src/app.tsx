import { TAB_EN } from './i18n/english';
import { FluentProvider, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { BootFailure, bootTab, type Boot } from './boot';
import { DevSignInBanner } from './components/dev-sign-in-banner';
import { ErrorNotice } from './components/error-notice';
import { SignInGate } from './components/sign-in-gate';
import { themeOf } from './host/theme';
import type { ThemeName } from './host/host';
import { directionOf } from './i18n/locale';
import { LanguageProvider, TextsProvider } from './i18n/texts-context';
import { ViewRouter } from './views/view-router';

/** The tab: boots once, then shows the surface named by the URL under the Teams theme. */
export function App() {
  const [boot, setBoot] = useState<Boot>();
  const [theme, setTheme] = useState<ThemeName>('default');
  const [signIn, setSignIn] = useState(0);
  const [signInNeeded, setSignInNeeded] = useState(false);
  const [failure, setFailure] = useState<{ language: string; message: string }>();

  useEffect(() => {
    bootTab(new URLSearchParams(window.location.search)).then(
      (ready) => {
        setTheme(ready.host.theme);
        ready.host.onThemeChange(setTheme);
        document.documentElement.lang = ready.language;
        document.documentElement.dir = directionOf(ready.language);
        document.title = ready.t('tab.title');
        setSignInNeeded(ready.signInNeeded);
        setBoot(ready);
      },
      (error: unknown) => {
        // Never a blank page: a host that did not answer (or anything else) is said in words.
        const failed =
          error instanceof BootFailure
            ? { language: error.language, message: error.t('tab.host.noAnswer') }
            : { language: 'en', message: TAB_EN['tab.host.noAnswer'] ?? '' };
        document.documentElement.lang = failed.language;
        document.documentElement.dir = directionOf(failed.language);
        setFailure(failed);
      },
    );
  }, []);

  if (failure) {
    return (
      <FluentProvider
        theme={themeOf(theme)}
        dir={directionOf(failure.language)}
        className="app-root"
      >
        <main data-testid="host-unanswered">
          <ErrorNotice message={failure.message} />
        </main>
      </FluentProvider>
    );
  }

  return (
    <FluentProvider
      theme={themeOf(theme)}
      dir={boot ? directionOf(boot.language) : 'ltr'}
      className="app-root"
    >
      {boot ? (
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
      ) : (
        <main>
          <Spinner aria-label={TAB_EN['tab.loading']} />
        </main>
      )}
    </FluentProvider>
  );
}
