/**
 * The development sign-in's test users (the service's `bot/platform/auth/dev-users.ts`), picked per
 * browser tab: `?devUser=` first, then this tab's last choice, then the chair.
 */
export const DEV_USER_KEYS = ['chair', 'presenter', 'delegate-a', 'delegate-b'] as const;
export type DevUserKey = (typeof DEV_USER_KEYS)[number];

const STORAGE_KEY = 'stakeholder-meetings.devUser';

export function isDevUserKey(value: unknown): value is DevUserKey {
  return typeof value === 'string' && (DEV_USER_KEYS as readonly string[]).includes(value);
}

/** The test user this browser tab signs in as. */
export function currentDevUser(search: URLSearchParams): DevUserKey {
  const fromUrl = search.get('devUser');
  if (isDevUserKey(fromUrl)) return fromUrl;
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  return isDevUserKey(stored) ? stored : 'chair';
}

/** Remembers the choice for this browser tab and puts it in the URL, so a reload keeps it. */
export function chooseDevUser(key: DevUserKey): void {
  safeStorage()?.setItem(STORAGE_KEY, key);
  const url = new URL(window.location.href);
  url.searchParams.set('devUser', key);
  window.history.replaceState(null, '', url);
}

function safeStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be blocked in a third-party frame; the choice then lasts until reload.
    return undefined;
  }
}
