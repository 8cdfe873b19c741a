import { createAuthenticator } from '../../bot/platform/auth/authenticate';
import { DEV_USERS } from '../../bot/platform/auth/dev-users';
import { signInModeOf } from '../../bot/platform/auth/sign-in-mode';
import { ConfigError, loadConfig } from '../../bot/platform/config';
import { CLIENT_ID, TENANT, manualClock } from './token-fixtures';

const devAuthenticate = createAuthenticator(loadConfig({}), manualClock());

describe('signInModeOf', () => {
  it('offers development sign-in only while no Entra app is configured', () => {
    expect(signInModeOf({ clientId: '' })).toBe('dev');
    expect(signInModeOf({ clientId: CLIENT_ID })).toBe('entra');
  });

  it('reads the tab client id from AAD_APP_CLIENT_ID, else MicrosoftAppId', () => {
    expect(loadConfig({}).sso.clientId).toBe('');
    const bot = { MicrosoftAppId: CLIENT_ID, MicrosoftAppPassword: 'secret' };
    expect(loadConfig(bot).sso.clientId).toBe(CLIENT_ID);
    const tab = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    expect(loadConfig({ ...bot, AAD_APP_CLIENT_ID: tab }).sso.clientId).toBe(tab);
    expect(signInModeOf(loadConfig({ AAD_APP_CLIENT_ID: tab }).sso)).toBe('entra');
  });

  it("defaults the metadata URL to Entra's v2.0 OpenID configuration of the tenant", () => {
    expect(loadConfig({ MicrosoftAppTenantId: TENANT }).sso.metadataUrl).toBe(
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
    const result = await devAuthenticate({ headers: { 'x-dev-user': 'chair' } });
    expect(result).toMatchObject({
      ok: true,
      principal: { dev: true, name: 'Dev Chair', meetingRole: 'Organizer' },
    });
  });

  it('takes the test user from the devUser query parameter too', async () => {
    const result = await devAuthenticate({ headers: {}, query: { devUser: 'Delegate-A' } });
    expect(result).toMatchObject({ ok: true, principal: { dev: true, meetingRole: 'Attendee' } });
  });

  it('gives every test user its own identity', () => {
    expect(new Set(DEV_USERS.map((u) => u.principal.oid)).size).toBe(DEV_USERS.length);
  });

  it('refuses an unknown test user, and a request that names none', async () => {
    expect(await devAuthenticate({ headers: { 'x-dev-user': 'admin' } })).toEqual({
      ok: false,
      failure: 'devUserUnknown',
    });
    expect(await devAuthenticate({ headers: { authorization: 'Bearer x.y.z' } })).toEqual({
      ok: false,
      failure: 'devUserRequired',
    });
  });

  it('when an Entra app is configured, then a dev sign-in attempt is refused', async () => {
    const config = loadConfig({ AAD_APP_CLIENT_ID: CLIENT_ID, MicrosoftAppTenantId: TENANT });
    const authenticate = createAuthenticator(config, manualClock());
    for (const request of [
      { headers: { 'x-dev-user': 'chair' } },
      { headers: {}, query: { devUser: 'chair' } },
      { headers: { 'x-dev-user': 'chair', authorization: 'Bearer a.b.c' } },
    ]) {
      expect(await authenticate(request)).toEqual({ ok: false, failure: 'devSignInRefused' });
    }
  });
});
