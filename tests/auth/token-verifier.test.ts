import { createAuthenticator, type Authenticate } from '../../bot/platform/auth/authenticate';
import type { SsoConfig } from '../../bot/platform/config';
import {
  newSigningKey,
  signToken,
  startEntraStandIn,
  type EntraStandIn,
  type SigningKey,
} from './entra-standin';
import {
  APP_ID_URI,
  CLIENT_ID,
  OTHER_TENANT,
  PUBLIC_URL,
  TENANT,
  USER_OID,
  manualClock,
  v1Claims,
  v2Claims,
} from './token-fixtures';

const TUNING = { minRefetchIntervalMs: 30_000, maxAgeMs: 24 * 3600_000, timeoutMs: 2_000 };

let entra: EntraStandIn;
let key: SigningKey;

beforeAll(async () => {
  entra = await startEntraStandIn(TENANT);
  key = newSigningKey('key-2026-01');
});
afterAll(() => entra.close());
beforeEach(() => {
  entra.published = [key];
  entra.hits.clear();
});

function authenticator(sso: Partial<SsoConfig> = {}, clock = manualClock()): Authenticate {
  const config = {
    publicUrl: PUBLIC_URL,
    sso: { clientId: CLIENT_ID, tenantId: TENANT, metadataUrl: entra.metadataUrl, ...sso },
  };
  return createAuthenticator(config, clock, TUNING);
}

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const jwksHits = () => entra.hits.get(`/${TENANT}/discovery/v2.0/keys`) ?? 0;

describe('Teams SSO token verification', () => {
  it('accepts a v2 token and returns who signed in', async () => {
    const result = await authenticator()(bearer(signToken(v2Claims(), key)));
    expect(result).toEqual({
      ok: true,
      principal: {
        dev: false,
        oid: USER_OID,
        tid: TENANT,
        name: 'Ana Delegate',
        preferredUsername: 'Ana.Delegate@contoso.example',
        email: 'ana.delegate@contoso.example',
      },
    });
  });

  it('accepts a v1 token: sts.windows.net issuer and the Application ID URI audience', async () => {
    const result = await authenticator()(bearer(signToken(v1Claims(), key)));
    expect(result).toMatchObject({ ok: true, principal: { oid: USER_OID, tid: TENANT } });
    expect(v1Claims().aud).toBe(APP_ID_URI);
  });

  it('fetches the keys once and reuses them for later tokens', async () => {
    const authenticate = authenticator();
    await authenticate(bearer(signToken(v2Claims(), key)));
    await authenticate(bearer(signToken(v2Claims({ name: 'Other' }), key)));
    expect(jwksHits()).toBe(1);
  });

  it('when the token has expired beyond the clock skew, then it is refused', async () => {
    const clock = manualClock();
    const token = signToken(v2Claims(), key);
    clock.advance((3600 + 60) * 1000);
    expect(await authenticator({}, clock)(bearer(token))).toMatchObject({ ok: true });
    clock.advance(300 * 1000);
    expect(await authenticator({}, clock)(bearer(token))).toEqual({
      ok: false,
      failure: 'expired',
    });
  });

  it('when the token is not valid yet, then it is refused', async () => {
    const early = v2Claims({ nbf: v2Claims().exp as number, iat: v2Claims().exp });
    expect(await authenticator()(bearer(signToken(early, key)))).toEqual({
      ok: false,
      failure: 'notYetValid',
    });
  });

  it('when the audience is another app or another host, then it is refused', async () => {
    for (const aud of ['00000003-0000-0000-c000-000000000000', `api://evil.example/${CLIENT_ID}`]) {
      expect(await authenticator()(bearer(signToken(v2Claims({ aud }), key)))).toEqual({
        ok: false,
        failure: 'wrongAudience',
      });
    }
  });

  it('when the issuer is not Entra for the token tenant, then it is refused', async () => {
    for (const iss of [
      `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
      'https://login.evil.example/v2.0',
      `https://sts.windows.net/${TENANT}`,
    ]) {
      expect(await authenticator()(bearer(signToken(v2Claims({ iss }), key)))).toEqual({
        ok: false,
        failure: 'wrongIssuer',
      });
    }
  });

  it('when the token comes from another tenant, then a single-tenant app refuses it', async () => {
    const foreign = v2Claims({
      tid: OTHER_TENANT,
      iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
    });
    expect(await authenticator()(bearer(signToken(foreign, key)))).toEqual({
      ok: false,
      failure: 'wrongTenant',
    });
    const anyTenant = await authenticator({ tenantId: '' })(bearer(signToken(foreign, key)));
    expect(anyTenant).toMatchObject({ ok: true, principal: { tid: OTHER_TENANT } });
    // Another tenant's admin sets its users' addresses: no email, so no chair by email.
    expect(anyTenant.ok && anyTenant.principal.email).toBeUndefined();
  });

  it('when the signature is by another key under the same kid, then it is refused', async () => {
    const forger = { kid: key.kid, privateKey: newSigningKey(key.kid).privateKey };
    expect(await authenticator()(bearer(signToken(v2Claims(), forger)))).toEqual({
      ok: false,
      failure: 'badSignature',
    });
  });

  it('when the claims are altered after signing, then the signature fails', async () => {
    const [head, , signature] = signToken(v2Claims(), key).split('.');
    const body = Buffer.from(JSON.stringify(v2Claims({ oid: OTHER_TENANT }))).toString('base64url');
    expect(await authenticator()(bearer(`${head}.${body}.${signature}`))).toEqual({
      ok: false,
      failure: 'badSignature',
    });
  });

  it('when a token names a new kid, then the keys are fetched again once', async () => {
    const authenticate = authenticator();
    await authenticate(bearer(signToken(v2Claims(), key)));
    const rotated = newSigningKey('key-2026-02');
    entra.published = [key, rotated];
    expect(await authenticate(bearer(signToken(v2Claims(), rotated)))).toMatchObject({ ok: true });
    expect(jwksHits()).toBe(2);
    expect(await authenticate(bearer(signToken(v2Claims(), rotated)))).toMatchObject({ ok: true });
    expect(jwksHits()).toBe(2);
  });

  it('when unknown kids keep coming, then refetches are rate limited', async () => {
    const clock = manualClock();
    const authenticate = authenticator({}, clock);
    const stranger = newSigningKey('never-published');
    await authenticate(bearer(signToken(v2Claims(), key)));
    for (let i = 0; i < 5; i += 1) {
      expect(await authenticate(bearer(signToken(v2Claims(), stranger)))).toEqual({
        ok: false,
        failure: 'unknownKey',
      });
    }
    expect(jwksHits()).toBe(2);
    clock.advance(TUNING.minRefetchIntervalMs - 1);
    await authenticate(bearer(signToken(v2Claims(), stranger)));
    expect(jwksHits()).toBe(2);
    clock.advance(1);
    await authenticate(bearer(signToken(v2Claims(), stranger)));
    expect(jwksHits()).toBe(3);
    expect(await authenticate(bearer(signToken(v2Claims(), key)))).toMatchObject({ ok: true });
  });

  it('when the scope access_as_user is missing, then the token is refused', async () => {
    const tokens = [
      v2Claims({ scp: 'User.Read email openid' }),
      v2Claims({ scp: undefined, roles: ['access_as_user'] }),
    ].map((claims) => signToken(claims, key));
    for (const token of tokens) {
      expect(await authenticator()(bearer(token))).toEqual({ ok: false, failure: 'missingScope' });
    }
  });

  it('when the token is not a signed JWT, then it is refused as malformed', async () => {
    const authenticate = authenticator();
    for (const token of ['abc', 'a.b.c', 'e30.e30.', `${'A'.repeat(20_000)}.e30.e30`]) {
      expect(await authenticate(bearer(token))).toEqual({ ok: false, failure: 'malformedToken' });
    }
    expect(await authenticate({ headers: { authorization: 'Basic dXNlcjpwYXNz' } })).toEqual({
      ok: false,
      failure: 'malformedToken',
    });
    expect(await authenticate({ headers: {} })).toEqual({ ok: false, failure: 'missingToken' });
  });

  it('when the token is unsigned or HMAC-signed, then it is refused', async () => {
    const none = signToken(v2Claims(), key, { alg: 'none' });
    const hmac = signToken(v2Claims(), key, { alg: 'HS256' });
    for (const token of [none, hmac]) {
      expect(await authenticator()(bearer(token))).toEqual({
        ok: false,
        failure: 'unsupportedAlgorithm',
      });
    }
  });

  it('when a later key fetch fails, then the cached keys still verify tokens', async () => {
    const clock = manualClock();
    const authenticate = authenticator({}, clock);
    await authenticate(bearer(signToken(v2Claims(), key)));
    entra.published = [];
    clock.advance(TUNING.maxAgeMs);
    const later = Math.floor(clock.now().getTime() / 1000);
    const fresh = v2Claims({ iat: later, nbf: later, exp: later + 3600 });
    expect(await authenticate(bearer(signToken(fresh, key)))).toMatchObject({ ok: true });
    expect(jwksHits()).toBe(2);
  });

  it('when the authority does not answer, then sign-in is unavailable', async () => {
    const authenticate = authenticator({ metadataUrl: `${entra.metadataUrl}-missing` });
    expect(await authenticate(bearer(signToken(v2Claims(), key)))).toEqual({
      ok: false,
      failure: 'keysUnavailable',
    });
  });
});
