import { createRoot } from 'react-dom/client';
import { App, BootFailed } from './app';
import { BootFailure, bootTab } from './boot';

/**
 * Entry point of the tab bundle (tab/dist/main-<hash>.js). The page's skeleton, written by the
 * service in the reader's language, stays on screen until the boot settles; React then takes
 * over the root. A boot that fails (a Teams host that never answered) is said in words, never
 * a blank page.
 */
const root = document.getElementById('root');
if (root) {
  bootTab(new URLSearchParams(window.location.search)).then(
    (boot) => createRoot(root).render(<App boot={boot} />),
    async (error: unknown) => {
      const failed =
        error instanceof BootFailure
          ? { language: error.language, message: error.t('tab.host.noAnswer') }
          : {
              language: 'en',
              message: (await import('./i18n/english')).TAB_EN['tab.host.noAnswer'] ?? '',
            };
      createRoot(root).render(<BootFailed {...failed} />);
    },
  );
}
