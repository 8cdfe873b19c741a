import type { Clock } from '../../bot/platform/ports';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const OTHER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';
export const CLIENT_ID = '3f1b5c2a-7d4e-4f6a-8b9c-0d1e2f3a4b5c';
export const PUBLIC_URL = 'https://meet.example.org';
export const APP_ID_URI = `api://meet.example.org/${CLIENT_ID}`;
export const USER_OID = 'a1b2c3d4-e5f6-4789-8abc-def012345678';
export const NOW_SECONDS = 1_767_225_600; // 2026-01-01T00:00:00Z

/** A clock the test moves by hand. */
export function manualClock(seconds = NOW_SECONDS): Clock & { advance(ms: number): void } {
  let ms = seconds * 1000;
  return { now: () => new Date(ms), advance: (by) => void (ms += by) };
}

/** The claims of a v2 Teams SSO access token for the tab's Entra app. */
export function v2Claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: NOW_SECONDS - 60,
    nbf: NOW_SECONDS - 60,
    exp: NOW_SECONDS + 3600,
    azp: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
    azpacr: '0',
    name: 'Ana Delegate',
    oid: USER_OID,
    preferred_username: 'Ana.Delegate@contoso.example',
    scp: 'access_as_user',
    sub: 'qOp3Zg8Wm4sYwK7bH0m2fLqk1vVhS6q0xYt1u2w3e4r',
    tid: TENANT,
    ver: '2.0',
    ...overrides,
  };
}

/** The claims of a v1 token: sts.windows.net issuer, Application ID URI audience, upn. */
export function v1Claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    ...v2Claims(),
    aud: APP_ID_URI,
    iss: `https://sts.windows.net/${TENANT}/`,
    appid: '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
    upn: 'ana.delegate@contoso.example',
    unique_name: 'ana.delegate@contoso.example',
    ver: '1.0',
  };
  for (const v2Only of ['preferred_username', 'azp', 'azpacr']) delete claims[v2Only];
  return { ...claims, ...overrides };
}
