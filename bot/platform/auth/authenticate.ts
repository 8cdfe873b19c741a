import type { Config } from '../config';
import { isLocalRequest, type RequestOrigin } from '../http/local-request';
import type { Clock } from '../ports';
import type { AuthFailure } from './auth-failure';
import { CLOCK_SKEW_SECONDS } from './claims';
import { devPrincipalOf } from './dev-users';
import { DEFAULT_KEY_SET_TUNING, RemoteKeySet, type KeySetTuning } from './key-set';
import type { Principal } from './principal';
import { signInModeOf } from './sign-in-mode';
import { TokenVerifier } from './token-verifier';

/** The parts of an HTTP request that sign-in reads; any server's request fits. */
export interface AuthRequest extends RequestOrigin {
  query?: Record<string, unknown>;
}

export type AuthResult = { ok: true; principal: Principal } | { ok: false; failure: AuthFailure };

/** Who is calling: from the Teams SSO bearer token, or a dev test user when Entra is not set up. */
export type Authenticate = (request: AuthRequest) => Promise<AuthResult>;

/** The development sign-in header, and its query twin for requests that cannot set headers. */
export const DEV_USER_HEADER = 'x-dev-user';
export const DEV_USER_QUERY = 'devUser';

/** Builds the service's one authenticator from its configuration. */
export function createAuthenticator(
  config: Pick<Config, 'sso' | 'publicUrl'>,
  clock: Clock,
  tuning: KeySetTuning = DEFAULT_KEY_SET_TUNING,
): Authenticate {
  if (signInModeOf(config.sso) === 'dev') return authenticateDev;
  const { clientId, tenantId, metadataUrl } = config.sso;
  const rules = {
    clientId,
    applicationIdUri: `api://${new URL(config.publicUrl).host}/${clientId}`,
    tenantId,
    clockSkewSeconds: CLOCK_SKEW_SECONDS,
  };
  const verifier = new TokenVerifier(rules, new RemoteKeySet(metadataUrl, clock, tuning), clock);
  return async (request) => {
    if (devUserOf(request) !== undefined) return { ok: false, failure: 'devSignInRefused' };
    const authorization = first(request.headers.authorization);
    if (authorization === undefined || authorization.trim() === '') {
      return { ok: false, failure: 'missingToken' };
    }
    const token = /^Bearer +(\S+)$/i.exec(authorization.trim())?.[1];
    return token ? verifier.verify(token) : { ok: false, failure: 'malformedToken' };
  };
}

/** Test users for this computer only: a loopback peer, no proxy or tunnel (bot/auth/README.md). */
async function authenticateDev(request: AuthRequest): Promise<AuthResult> {
  if (!isLocalRequest(request)) return { ok: false, failure: 'devSignInNotLocal' };
  const key = devUserOf(request);
  if (key === undefined || key.trim() === '') return { ok: false, failure: 'devUserRequired' };
  const principal = devPrincipalOf(key);
  return principal ? { ok: true, principal } : { ok: false, failure: 'devUserUnknown' };
}

function devUserOf(request: AuthRequest): string | undefined {
  const fromQuery = request.query?.[DEV_USER_QUERY];
  return first(request.headers[DEV_USER_HEADER]) ?? first(fromQuery);
}

function first(value: unknown): string | undefined {
  const one: unknown = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : undefined;
}
