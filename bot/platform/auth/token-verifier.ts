import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Clock } from '../ports';
import type { AuthFailure } from './auth-failure';
import { checkClaims, type ClaimRules } from './claims';
import { KeysUnavailableError, type RemoteKeySet } from './key-set';
import type { EntraPrincipal } from './principal';

/** A verified token's principal, or the reason it was refused. */
export type VerifyResult =
  { ok: true; principal: EntraPrincipal } | { ok: false; failure: AuthFailure };

/** Far above any Entra access token; refuses to parse megabytes of attacker input. */
export const MAX_TOKEN_LENGTH = 16 * 1024;
/** Three base64url parts, the signature not empty: what jose is then asked to verify. */
const COMPACT_JWS = /^[\w-]*\.[\w-]*\.[\w-]+$/;

/**
 * Verifies the tab's Teams SSO token: jose checks the RS256 signature by one of Entra's
 * published keys and the time window; `checkClaims` then the issuer, tenant, audience and scope.
 */
export class TokenVerifier {
  constructor(
    private readonly rules: ClaimRules,
    private readonly keys: RemoteKeySet,
    private readonly clock: Clock,
  ) {}

  async verify(token: string): Promise<VerifyResult> {
    if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) {
      return refuse('malformedToken');
    }
    const getKey: JWTVerifyGetKey = async (header, jws) => {
      if (typeof header.kid !== 'string') throw new Refused('malformedToken');
      return (await this.keys.keysFor(header.kid))(header, jws);
    };
    try {
      const { payload } = await jwtVerify(token, getKey, {
        algorithms: ['RS256'],
        clockTolerance: this.rules.clockSkewSeconds,
        currentDate: this.clock.now(),
        requiredClaims: ['exp'],
      });
      const checked = checkClaims(payload, this.rules);
      return typeof checked === 'string' ? refuse(checked) : { ok: true, principal: checked };
    } catch (error) {
      return refuse(failureOf(error));
    }
  }
}

/** A refusal decided inside jose's key lookup, carried out through jwtVerify. */
class Refused extends Error {
  constructor(readonly failure: AuthFailure) {
    super(failure);
  }
}

/** jose's error as this service's reason; anything unforeseen is a token we cannot read. */
function failureOf(error: unknown): AuthFailure {
  if (error instanceof Refused) return error.failure;
  if (error instanceof KeysUnavailableError) return 'keysUnavailable';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'unsupportedAlgorithm';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknownKey';
  if (error instanceof errors.JWKSMultipleMatchingKeys) return 'unknownKey';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'badSignature';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
    return error.reason === 'check_failed' ? 'notYetValid' : 'malformedToken';
  }
  if (error instanceof errors.JOSEError) return 'malformedToken';
  throw error;
}

function refuse(failure: AuthFailure): VerifyResult {
  return { ok: false, failure };
}
