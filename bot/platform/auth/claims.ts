import type { AuthFailure } from './auth-failure';
import type { EntraPrincipal } from './principal';

/** What a Teams SSO token must say to be accepted by this app. */
export interface ClaimRules {
  /** The Entra app's client id: the audience of v2 tokens. */
  clientId: string;
  /** `api://<host>/<clientId>`: the audience of v1 tokens. */
  applicationIdUri: string;
  /** The only tenant accepted; empty accepts every tenant (a multi-tenant app). */
  tenantId: string;
  /** Given to jose as `clockTolerance` for `exp` and `nbf`. */
  clockSkewSeconds: number;
}

/** Tolerance for the clocks of Entra and of this machine, as Microsoft's own libraries allow. */
export const CLOCK_SKEW_SECONDS = 300;
/** The delegated scope the tab's token must carry (the Entra app's exposed API). */
export const REQUIRED_SCOPE = 'access_as_user';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The issuers Entra uses for a tenant: v2 and v1 access tokens. */
export function issuersOf(tid: string): string[] {
  return [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
}

/**
 * Checks the claims of a token whose signature and time window jose has verified; the
 * principal, or why not. The issuer depends on the token's own `tid`, so it is checked here.
 */
export function checkClaims(
  claims: Record<string, unknown>,
  rules: ClaimRules,
): EntraPrincipal | AuthFailure {
  const { tid, iss, aud, scp, oid } = claims;
  if (typeof tid !== 'string' || !GUID.test(tid)) return 'missingIdentity';
  if (typeof iss !== 'string' || !issuersOf(tid).includes(iss)) return 'wrongIssuer';
  if (rules.tenantId !== '' && tid.toLowerCase() !== rules.tenantId.toLowerCase()) {
    return 'wrongTenant';
  }
  const audiences = [rules.clientId, rules.applicationIdUri];
  if (!(Array.isArray(aud) ? aud : [aud]).some((a) => audiences.includes(a as string))) {
    return 'wrongAudience';
  }
  if (typeof scp !== 'string' || !scp.split(' ').includes(REQUIRED_SCOPE)) return 'missingScope';
  if (typeof oid !== 'string' || !GUID.test(oid)) return 'missingIdentity';
  return principalOf(claims, oid, tid, rules);
}

function principalOf(
  claims: Record<string, unknown>,
  oid: string,
  tid: string,
  rules: ClaimRules,
): EntraPrincipal {
  const preferredUsername =
    text(claims.preferred_username) ?? text(claims.upn) ?? text(claims.unique_name);
  const address = text(claims.email) ?? text(claims.upn) ?? preferredUsername;
  // Only our own tenant's directory is trusted for email: another tenant's admin sets theirs.
  const ownTenant = rules.tenantId !== '' && tid.toLowerCase() === rules.tenantId.toLowerCase();
  const email = ownTenant && address?.includes('@') ? address.toLowerCase() : undefined;
  return {
    dev: false,
    oid: oid.toLowerCase(),
    tid: tid.toLowerCase(),
    name: text(claims.name) ?? preferredUsername ?? '',
    ...(preferredUsername ? { preferredUsername } : {}),
    ...(email ? { email } : {}),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
