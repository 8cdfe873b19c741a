import { translate, type MessageKey } from '../../../core/i18n/catalog';
import { DEV_USERS } from './dev-users';

/** Why a request was not authenticated; precise for logs, coarser for the caller. */
export type AuthFailure =
  | 'missingToken'
  | 'malformedToken'
  | 'unsupportedAlgorithm'
  | 'unknownKey'
  | 'badSignature'
  | 'expired'
  | 'notYetValid'
  | 'wrongIssuer'
  | 'wrongAudience'
  | 'wrongTenant'
  | 'missingScope'
  | 'missingIdentity'
  | 'keysUnavailable'
  | 'devSignInRefused'
  | 'devSignInNotLocal'
  | 'devUserRequired'
  | 'devUserUnknown';

/** The catalog key that explains a failure to the person. */
export function messageKeyOf(failure: AuthFailure): MessageKey {
  switch (failure) {
    case 'missingToken':
      return 'auth.missingToken';
    case 'malformedToken':
      return 'auth.malformedToken';
    case 'unsupportedAlgorithm':
    case 'unknownKey':
    case 'badSignature':
    case 'wrongIssuer':
    case 'wrongAudience':
    case 'missingIdentity':
      return 'auth.invalidToken';
    case 'expired':
      return 'auth.tokenExpired';
    case 'notYetValid':
      return 'auth.tokenNotYetValid';
    case 'wrongTenant':
      return 'auth.wrongTenant';
    case 'missingScope':
      return 'auth.missingScope';
    case 'keysUnavailable':
      return 'auth.keysUnavailable';
    case 'devSignInRefused':
      return 'auth.devSignInRefused';
    case 'devSignInNotLocal':
      return 'auth.devSignInNotLocal';
    case 'devUserRequired':
      return 'auth.devUserRequired';
    case 'devUserUnknown':
      return 'auth.devUserUnknown';
  }
}

/** An HTTP answer for a refused request: status, `{code, error}` body and headers. */
export interface AuthErrorResponse {
  status: 401 | 403 | 503;
  body: { code: MessageKey; error: string };
  headers: Record<string, string>;
}

/** 401 for every failure of the caller's sign-in; 503 when Entra's keys cannot be had. */
export function authErrorResponse(failure: AuthFailure, locale?: string): AuthErrorResponse {
  const code = messageKeyOf(failure);
  const error = translate(locale, code, { users: DEV_USERS.map((u) => u.key).join(', ') });
  if (failure === 'keysUnavailable') {
    return { status: 503, body: { code, error }, headers: { 'Retry-After': '60' } };
  }
  const challenge = failure === 'missingToken' ? 'Bearer' : 'Bearer error="invalid_token"';
  return { status: 401, body: { code, error }, headers: { 'WWW-Authenticate': challenge } };
}

/** 403: signed in, but the role does not allow the action. */
export function forbiddenResponse(locale?: string): AuthErrorResponse {
  const code: MessageKey = 'auth.forbidden';
  return { status: 403, body: { code, error: translate(locale, code) }, headers: {} };
}
