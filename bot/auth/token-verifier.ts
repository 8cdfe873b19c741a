import { verify, type KeyObject } from 'node:crypto';
import type { Clock } from '../ports';
import type { AuthFailure } from './auth-failure';
import { checkClaims, type ClaimRules } from './claims';
import { decodeJwt } from './jwt';
import { KeysUnavailableError, type RemoteKeySet } from './key-set';
import type { EntraPrincipal } from './principal';

/** A verified token's principal, or the reason it was refused. */
export type VerifyResult =
  { ok: true; principal: EntraPrincipal } | { ok: false; failure: AuthFailure };

/**
 * Verifies the tab's Teams SSO token: an RS256 signature by one of Entra's published keys,
 * then the time window, issuer, tenant, audience and `access_as_user` scope.
 */
export class TokenVerifier {
  constructor(
    private readonly rules: ClaimRules,
    private readonly keys: RemoteKeySet,
    private readonly clock: Clock,
  ) {}

  async verify(token: string): Promise<VerifyResult> {
    const jwt = decodeJwt(token);
    if (!jwt) return refuse('malformedToken');
    if (jwt.header.alg !== 'RS256') return refuse('unsupportedAlgorithm');
    if (typeof jwt.header.kid !== 'string') return refuse('malformedToken');
    let key;
    try {
      key = await this.keys.keyFor(jwt.header.kid);
    } catch (error) {
      if (error instanceof KeysUnavailableError) return refuse('keysUnavailable');
      throw error;
    }
    if (!key) return refuse('unknownKey');
    if (!signatureHolds(jwt.signingInput, key, jwt.signature)) return refuse('badSignature');
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const checked = checkClaims(jwt.claims, this.rules, nowSeconds);
    return typeof checked === 'string' ? refuse(checked) : { ok: true, principal: checked };
  }
}

function signatureHolds(input: Buffer, key: KeyObject, signature: Buffer): boolean {
  try {
    return verify('RSA-SHA256', input, key, signature);
  } catch {
    return false;
  }
}

function refuse(failure: AuthFailure): VerifyResult {
  return { ok: false, failure };
}
