import { TAB_EN } from './i18n/english';
import { FluentProvider, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { bootTab, type Boot } from './boot';
import { DevSignInBanner } from './components/dev-sign-in-banner';
import { ErrorNotice } from './components/error-notice';
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

  useEffect(() => {
    void bootTab(new URLSearchParams(window.location.search)).then((ready) => {
      setTheme(ready.host.theme);
      ready.host.onThemeChange(setTheme);
      document.documentElement.lang = ready.language;
      document.documentElement.dir = directionOf(ready.language);
      document.title = ready.t('tab.title');
      setBoot(ready);
    });
  }, []);

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
            <ViewRouter key={signIn} boot={boot} />
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
