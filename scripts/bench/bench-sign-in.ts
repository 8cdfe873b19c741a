import { startEntraStandIn, newSigningKey, signToken } from '../../tests/auth/entra-standin';
import { CLIENT_ID, TENANT, v2Claims } from '../../tests/auth/token-fixtures';

/** Teams SSO for a benchmark: as many distinct people as it needs, one of them the chair. */
export interface BenchSignIn {
  /** The service's configuration (environment names) that trusts the stand-in's tokens. */
  config: Record<string, string>;
  chairToken: string;
  /** The bearer token of the n-th viewer, a person of their own. */
  viewerToken(n: number): string;
  close(): Promise<void>;
}

const CHAIR_OID = 'c0000000-0000-4000-8000-000000000001';

/**
 * Starts the loopback Entra stand-in and signs tokens as Entra would: the dev sign-in has only
 * four people, and the service caps each person's streams, so a thousand viewers need SSO.
 */
export async function startBenchSignIn(): Promise<BenchSignIn> {
  const entra = await startEntraStandIn(TENANT);
  const key = newSigningKey('bench-key');
  entra.published.push(key);
  const now = Math.floor(Date.now() / 1000);
  const token = (oid: string, name: string) =>
    signToken(v2Claims({ oid, name, iat: now - 60, nbf: now - 60, exp: now + 6 * 3600 }), key);
  return {
    config: {
      // A tab that takes SSO tokens needs a signed bot endpoint too (issue 18): the stand-in
      // bot's settings; the bench posts no activities, so no Bot Framework token is fetched.
      MicrosoftAppId: 'b07b07b0-0000-4000-8000-00000000b075',
      MicrosoftAppPassword: 'stand-in-bot-password',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
      AAD_APP_CLIENT_ID: CLIENT_ID,
      ENTRA_METADATA_URL: entra.metadataUrl,
      CHAIR_TEAM: CHAIR_OID,
    },
    chairToken: token(CHAIR_OID, 'Bench Chair'),
    viewerToken: (n) =>
      token(`b0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`, `Viewer ${n}`),
    close: () => entra.close(),
  };
}
