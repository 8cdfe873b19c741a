import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { createAuthenticator, type Authenticate } from '../../bot/platform/auth/authenticate';
import { meRoute } from '../../bot/platform/auth/me-routes';
import { mountRoutes } from '../../bot/platform/http/routes';
import { loadConfig } from '../../bot/platform/config';
import { newSigningKey, signToken, startEntraStandIn, type EntraStandIn } from './entra-standin';
import { CLIENT_ID, PUBLIC_URL, TENANT, USER_OID, manualClock, v2Claims } from './token-fixtures';

let entra: EntraStandIn;
const key = newSigningKey('me-route-key');

beforeAll(async () => {
  entra = await startEntraStandIn(TENANT);
  entra.published = [key];
});
afterAll(() => entra.close());

async function withServer(authenticate: Authenticate, run: (base: string) => Promise<void>) {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  mountRoutes(server, [meRoute], {
    authenticate,
    chairTeam: { objectIds: [], emails: [], tenantId: '' },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

const entraAuthenticate = () =>
  createAuthenticator(
    loadConfig({
      MicrosoftAppId: CLIENT_ID,
      MicrosoftAppPassword: 'bot-password',
      AAD_APP_CLIENT_ID: CLIENT_ID,
      MicrosoftAppTenantId: TENANT,
      PUBLIC_URL,
      ENTRA_METADATA_URL: entra.metadataUrl,
    }),
    manualClock(),
  );

describe('GET /api/me', () => {
  it('answers who the token belongs to', () =>
    withServer(entraAuthenticate(), async (base) => {
      const token = signToken(v2Claims(), key);
      const res = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toMatchObject({ dev: false, oid: USER_OID, tid: TENANT });
    }));

  it('when no token is sent, then 401 with a catalog key and a Bearer challenge', () =>
    withServer(entraAuthenticate(), async (base) => {
      const res = await fetch(`${base}/api/me`);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      const body = (await res.json()) as { code: string; error: string };
      expect(body.code).toBe('auth.missingToken');
      expect(body.error).toMatch(/sign in/i);
    }));

  it('when the token is invalid or a dev user is claimed, then 401', () =>
    withServer(entraAuthenticate(), async (base) => {
      const bad = await fetch(`${base}/api/me`, { headers: { authorization: 'Bearer a.b.c' } });
      expect([bad.status, ((await bad.json()) as { code: string }).code]).toEqual([
        401,
        'auth.malformedToken',
      ]);
      const dev = await fetch(`${base}/api/me?devUser=chair`);
      expect([dev.status, ((await dev.json()) as { code: string }).code]).toEqual([
        401,
        'auth.devSignInRefused',
      ]);
    }));

  it('in development sign-in, answers the test user flagged dev', () =>
    withServer(createAuthenticator(loadConfig({}), manualClock()), async (base) => {
      const res = await fetch(`${base}/api/me`, { headers: { 'X-Dev-User': 'presenter' } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ dev: true, meetingRole: 'Presenter' });
    }));
});
