import { currentDevUser } from './dev-users';
import { HostUnanswered, themeNameOf, type Host } from './host';
import { askedLocale } from '../i18n/locale';

/** How long to wait for Teams to answer before deciding the page runs in a plain browser. */
const TEAMS_TIMEOUT_MS = 3000;

/**
 * Connects to Teams when the page may be hosted by it, else falls back to the development
 * sign-in. A top-level page without Teams' native bridge cannot be in Teams, so it neither
 * loads teams-js nor waits for `app.initialize()` to time out. A framed page whose host never
 * answers falls back only while the service offers development sign-in; otherwise it throws
 * `HostUnanswered`, so the tab says what went wrong instead of showing sign-in failures.
 */
export async function connectHost(search: URLSearchParams): Promise<Host> {
  if (!mayBeInTeams()) return devHost(search);
  try {
    const { teamsHost } = await import('./teams-host');
    return await teamsHost(TEAMS_TIMEOUT_MS);
  } catch (error: unknown) {
    const dev = devHost(search);
    if (await devSignInOffered(dev)) return dev;
    throw new HostUnanswered(error instanceof Error ? error.message : String(error));
  }
}

/** Whether the service signs development users in (it refuses them once Entra is configured). */
async function devSignInOffered(dev: Host): Promise<boolean> {
  try {
    const response = await fetch('/api/me', { headers: await dev.authHeaders() });
    return response.ok;
  } catch {
    return false;
  }
}

/** A plain browser: the service's development sign-in, as the test user this tab picked. */
function devHost(search: URLSearchParams): Host {
  return {
    mode: 'dev',
    locale: askedLocale(search) || 'en',
    theme: themeNameOf(search.get('theme')),
    async authHeaders() {
      return { 'X-Dev-User': currentDevUser(new URLSearchParams(window.location.search)) };
    },
    onThemeChange() {
      // A plain browser has no host theme to follow.
    },
  };
}

function mayBeInTeams(): boolean {
  const framed = window.self !== window.top || window.opener !== null;
  return framed || 'nativeInterface' in window;
}
