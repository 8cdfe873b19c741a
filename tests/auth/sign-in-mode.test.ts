import { createAuthenticator } from '../../bot/platform/auth/authenticate';
import { DEV_USERS } from '../../bot/platform/auth/dev-users';
import { signInModeOf } from '../../bot/platform/auth/sign-in-mode';
import { ConfigError, loadConfig } from '../../bot/platform/config';
import { CLIENT_ID, TENANT, manualClock } from './token-fixtures';

const devAuthenticate = createAuthenticator(loadConfig({}), manualClock());
/** A request from this computer, as the HTTP server reports its peer. */
const local = { socket: { remoteAddress: '127.0.0.1' } };
/** The bot settings without which an Entra app or tenant is refused at start. */
const bot = { MicrosoftAppId: CLIENT_ID, MicrosoftAppPassword: 'secret' };

describe('signInModeOf', () => {
  it('offers development sign-in only while no Entra app is configured', () => {
    expect(signInModeOf({ clientId: '' })).toBe('dev');
    expect(signInModeOf({ clientId: CLIENT_ID })).toBe('entra');
  });

  it('reads the tab client id from AAD_APP_CLIENT_ID, else MicrosoftAppId', () => {
    expect(loadConfig({}).sso.clientId).toBe('');
    expect(loadConfig(bot).sso.clientId).toBe(CLIENT_ID);
    const tab = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    expect(loadConfig({ ...bot, AAD_APP_CLIENT_ID: tab }).sso.clientId).toBe(tab);
    expect(signInModeOf(loadConfig({ ...bot, AAD_APP_CLIENT_ID: tab }).sso)).toBe('entra');
  });

  it("defaults the metadata URL to Entra's v2.0 OpenID configuration of the tenant", () => {
    expect(loadConfig({ ...bot, MicrosoftAppTenantId: TENANT }).sso.metadataUrl).toBe(
      `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`,
    );
    expect(loadConfig({}).sso.metadataUrl).toContain('/common/v2.0/');
  });

  it('refuses a metadata URL that is plain http anywhere but loopback', () => {
    expect(() => loadConfig({ ENTRA_METADATA_URL: 'http://login.example.org/x' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ ENTRA_METADATA_URL: 'http://login.example.org/x' })).toThrow(
      /ENTRA_METADATA_URL/,
    );
    const url = 'http://127.0.0.1:5000/t/v2.0/.well-known/openid-configuration';
    expect(loadConfig({ ENTRA_METADATA_URL: url }).sso.metadataUrl).toBe(url);
  });
});

describe('development sign-in', () => {
  it('signs in the chosen test user from the X-Dev-User header, flagged dev', async () => {
    const result = await devAuthenticate({ ...local, headers: { 'x-dev-user': 'chair' } });
    expect(result).toMatchObject({
      ok: true,
      principal: { dev: true, name: 'Dev Chair', meetingRole: 'Organizer' },
    });
  });

  it('takes the test user from the devUser query parameter too', async () => {
    const result = await devAuthenticate({
      ...local,
      headers: {},
      query: { devUser: 'Delegate-A' },
    });
    expect(result).toMatchObject({ ok: true, principal: { dev: true, meetingRole: 'Attendee' } });
  });

  it('gives every test user its own identity', () => {
    expect(new Set(DEV_USERS.map((u) => u.principal.oid)).size).toBe(DEV_USERS.length);
  });

  it('refuses an unknown test user, and a request that names none', async () => {
    expect(await devAuthenticate({ ...local, headers: { 'x-dev-user': 'admin' } })).toEqual({
      ok: false,
      failure: 'devUserUnknown',
    });
    expect(await devAuthenticate({ ...local, headers: { authorization: 'Bearer x.y.z' } })).toEqual(
      {
        ok: false,
        failure: 'devUserRequired',
      },
    );
  });

  it('when an Entra app is configured, then a dev sign-in attempt is refused', async () => {
    const config = loadConfig({
      ...bot,
      AAD_APP_CLIENT_ID: CLIENT_ID,
      MicrosoftAppTenantId: TENANT,
    });
    const authenticate = createAuthenticator(config, manualClock());
    for (const request of [
      { headers: { 'x-dev-user': 'chair' } },
      { headers: {}, query: { devUser: 'chair' } },
      { headers: { 'x-dev-user': 'chair', authorization: 'Bearer a.b.c' } },
    ]) {
      expect(await authenticate(request)).toEqual({ ok: false, failure: 'devSignInRefused' });
    }
  });

  it.each([
    ['another computer', { socket: { remoteAddress: '192.0.2.7' } }],
    ['another computer over IPv6', { socket: { remoteAddress: '2001:db8::7' } }],
    ['an IPv4-mapped public address', { socket: { remoteAddress: '::ffff:192.0.2.7' } }],
    ['an unknown peer', {}],
    ['a tunnel to loopback', { ...local, forwarded: { 'x-forwarded-for': '198.51.100.2' } }],
    ['a proxy to loopback', { ...local, forwarded: { forwarded: 'for=198.51.100.2' } }],
  ])('when the request comes from %s, then development sign-in is refused', async (_, from) => {
    const { forwarded, ...origin } = from as { forwarded?: Record<string, string> };
    const result = await devAuthenticate({
      ...origin,
      headers: { 'x-dev-user': 'chair', ...forwarded },
    });
    expect(result).toEqual({ ok: false, failure: 'devSignInNotLocal' });
  });

  it('takes development sign-in from IPv6 loopback and IPv4-mapped loopback too', async () => {
    for (const remoteAddress of ['::1', '::ffff:127.0.0.1', '127.0.0.2']) {
      const result = await devAuthenticate({
        socket: { remoteAddress },
        headers: { 'x-dev-user': 'chair' },
      });
      expect(result).toMatchObject({ ok: true });
    }
  });
});
