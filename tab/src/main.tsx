import { createRoot } from 'react-dom/client';
import { App } from './app';
import { bootTab } from './boot';

/**
 * Entry point of the tab bundle (tab/dist/main-<hash>.js). The page's skeleton, written by the
 * service in the reader's language, stays on screen until the boot settles; React then takes
 * over the root.
 */
const root = document.getElementById('root');
if (root) {
  void bootTab(new URLSearchParams(window.location.search)).then((boot) => {
    createRoot(root).render(<App boot={boot} />);
  });
}
