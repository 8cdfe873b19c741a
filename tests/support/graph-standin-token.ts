import { randomBytes } from 'node:crypto';
import type { RecordedRequest } from './graph-standin';

type Reply = (status: number, json: unknown, headers?: Record<string, string>) => void;

/**
 * The Entra ID half of the Graph stand-in: OpenID discovery and the client-credentials token
 * endpoint, issuing opaque JWT-shaped tokens the Graph half then accepts.
 */
/** Answers a token request when it is a proper client-credentials grant for Graph. */
export function answerToken(
  record: RecordedRequest,
  tenant: string,
  issued: Set<string>,
  reply: Reply,
) {
  const form = record.body as Record<string, string>;
  const problems = [
    form.grant_type === 'client_credentials' ? '' : 'grant_type must be client_credentials',
    form.scope === 'https://graph.microsoft.com/.default' ? '' : 'scope must be Graph .default',
    form.client_id ? '' : 'client_id missing',
    form.client_secret || form.client_assertion ? '' : 'client_secret or client_assertion missing',
  ].filter(Boolean);
  if (problems.length > 0) {
    record.validationErrors = problems;
    return reply(400, { error: 'invalid_request', error_description: problems.join('; ') });
  }
  const token = fakeJwt({ tid: tenant, appid: form.client_id, roles: ['Calendars.ReadWrite'] });
  issued.add(token);
  return reply(200, {
    token_type: 'Bearer',
    expires_in: 3599,
    ext_expires_in: 3599,
    access_token: token,
  });
}

/** Discovery document MSAL reads before asking for a token. */
export function openIdConfiguration(origin: string, tenant: string) {
  return {
    issuer: `${origin}/${tenant}/v2.0`,
    authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
    token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
    end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
    jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
  };
}

function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = { aud: 'https://graph.microsoft.com', iat: now, exp: now + 3599, ...claims };
  return `${part({ typ: 'JWT', alg: 'RS256' })}.${part(payload)}.${randomBytes(32).toString('base64url')}`;
}
