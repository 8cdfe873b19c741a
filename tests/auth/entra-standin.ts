import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A signing key as Entra holds it: a private half to sign with, published under `kid`. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

export interface EntraStandIn {
  /** The tenant's OpenID configuration URL: what ENTRA_METADATA_URL points at in tests. */
  metadataUrl: string;
  /** The keys published at jwks_uri now; replace to rotate. */
  published: SigningKey[];
  /** Requests served, by path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A loopback Entra ID authority: the v2.0 OpenID configuration document of one tenant and
 * its JWKS, in the wire format login.microsoftonline.com uses.
 */
export async function startEntraStandIn(tenantId: string): Promise<EntraStandIn> {
  const hits = new Map<string, number>();
  const standIn: Omit<EntraStandIn, 'metadataUrl' | 'close'> = { published: [], hits };
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(json));
    };
    if (path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      return reply(200, openIdConfiguration(base, tenantId));
    }
    if (path === `/${tenantId}/discovery/v2.0/keys`) {
      return reply(200, { keys: standIn.published.map(publicJwk) });
    }
    return reply(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(standIn, {
    metadataUrl: `http://127.0.0.1:${port}/${tenantId}/v2.0/.well-known/openid-configuration`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function openIdConfiguration(base: string, tenantId: string) {
  return {
    token_endpoint: `${base}/${tenantId}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
    jwks_uri: `${base}/${tenantId}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/${tenantId}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${base}/${tenantId}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'tid', 'oid', 'email'],
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
  };
}

function publicJwk(key: SigningKey) {
  const { n, e } = key.publicKey.export({ format: 'jwk' });
  // Entra publishes x5t equal to kid, and x5c certificates the verifier does not need.
  return { kty: 'RSA', use: 'sig', kid: key.kid, x5t: key.kid, n, e };
}

/** Signs claims as a compact RS256 JWT, the way Entra signs access tokens. */
export function signToken(
  claims: Record<string, unknown>,
  key: { kid: string; privateKey: KeyObject },
  header: Record<string, unknown> = {},
): string {
  const encode = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');
  const head = encode({ typ: 'JWT', alg: 'RS256', kid: key.kid, ...header });
  const body = encode(claims);
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key.privateKey);
  return `${head}.${body}.${signature.toString('base64url')}`;
}
