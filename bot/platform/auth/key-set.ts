import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import type { Clock } from '../ports';

/** How the signing keys are cached and refetched. */
export interface KeySetTuning {
  /** Least time between two fetches for unknown kids (and between retries after a failure). */
  minRefetchIntervalMs: number;
  /** Keys older than this are fetched again at the next request (when the interval allows). */
  maxAgeMs: number;
  /** Per HTTP request to the authority. */
  timeoutMs: number;
}

export const DEFAULT_KEY_SET_TUNING: KeySetTuning = {
  minRefetchIntervalMs: 30_000,
  maxAgeMs: 24 * 60 * 60 * 1000,
  timeoutMs: 5_000,
};

/** No signing key could be fetched at all: Entra (or its stand-in) does not answer. */
export class KeysUnavailableError extends Error {}

/**
 * Entra's token signing keys, found through the OpenID configuration's `jwks_uri`, cached,
 * and fetched again when a token names an unknown `kid` (keys rotate), at most once per interval.
 * jose selects and imports the key (`createLocalJWKSet`); fetching stays here, not in jose's
 * `createRemoteJWKSet`, because that one reads `Date.now()` rather than the service's clock,
 * drops the held keys when a refresh fails, and takes a JWKS URL rather than OpenID metadata.
 */
export class RemoteKeySet {
  private keys: { kids: Set<string>; getKey: JWTVerifyGetKey } | undefined;
  private lastAttempt: number | undefined;
  private lastSuccess: number | undefined;
  private lastUnknownKidFetch: number | undefined;
  private lastError = '';
  private loading: Promise<void> | undefined;

  constructor(
    private readonly metadataUrl: string,
    private readonly clock: Clock,
    private readonly tuning: KeySetTuning = DEFAULT_KEY_SET_TUNING,
  ) {}

  /** jose's key lookup over the keys held once fresh for `kid`; throws KeysUnavailableError if none. */
  async keysFor(kid: string): Promise<JWTVerifyGetKey> {
    if (this.loading) await this.loading;
    const now = this.clock.now().getTime();
    if (this.isStale(now)) {
      if (this.intervalPassed(this.lastAttempt, now)) await this.refresh(now);
    } else if (!this.keys?.kids.has(kid) && this.intervalPassed(this.lastUnknownKidFetch, now)) {
      this.lastUnknownKidFetch = now;
      await this.refresh(now);
    }
    if (!this.keys) {
      throw new KeysUnavailableError(`No signing keys from ${this.metadataUrl}: ${this.lastError}`);
    }
    return this.keys.getKey;
  }

  private isStale(now: number): boolean {
    return this.lastSuccess === undefined || now - this.lastSuccess >= this.tuning.maxAgeMs;
  }

  private intervalPassed(since: number | undefined, now: number): boolean {
    return since === undefined || now - since >= this.tuning.minRefetchIntervalMs;
  }

  private refresh(now: number): Promise<void> {
    this.lastAttempt = now;
    this.loading ??= this.load(now).finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(now: number): Promise<void> {
    try {
      const metadata = await this.getJson(this.metadataUrl);
      const jwksUri = jwksUriOf(metadata, this.metadataUrl);
      const jwks = rsaSigningKeysOf(await this.getJson(jwksUri));
      if (jwks.keys.length === 0) throw new Error(`${jwksUri} holds no usable RSA signing key`);
      const kids = new Set(jwks.keys.map((key) => key.kid as string));
      this.keys = { kids, getKey: createLocalJWKSet(jwks) };
      this.lastSuccess = now;
    } catch (error) {
      // Keep the keys we had: a failed refresh must not lock everyone out.
      this.lastError = error instanceof Error ? error.message : String(error);
    }
  }

  private async getJson(url: string): Promise<unknown> {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(this.tuning.timeoutMs),
    });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  }
}

function jwksUriOf(metadata: unknown, metadataUrl: string): string {
  const uri = (metadata as { jwks_uri?: unknown } | null)?.jwks_uri;
  if (typeof uri !== 'string') throw new Error(`${metadataUrl} has no jwks_uri`);
  const parsed = new URL(uri);
  if (new URL(metadataUrl).protocol === 'https:' && parsed.protocol !== 'https:') {
    throw new Error(`jwks_uri ${uri} is not https`);
  }
  return parsed.href;
}

/** The set's RSA signing keys with a kid: the only ones an RS256 Entra token can name. */
function rsaSigningKeysOf(jwks: unknown): JSONWebKeySet {
  const list = (jwks as { keys?: unknown } | null)?.keys;
  const keys = (Array.isArray(list) ? (list as JSONWebKeySet['keys']) : []).filter(
    (jwk) =>
      jwk?.kty === 'RSA' &&
      typeof jwk.kid === 'string' &&
      (jwk.use === undefined || jwk.use === 'sig'),
  );
  return { keys };
}
