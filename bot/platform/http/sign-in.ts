/**
 * The sign-in steps every tab API route shares: who is calling (401/403 sent otherwise),
 * whether they are on the chair's team, and refusals in the caller's language.
 */
import type { Request, Response } from 'restify';
import { translate, type MessageKey, type MessageParams } from '../../../core/i18n/catalog';
import { authErrorResponse, type AuthErrorResponse } from '../auth/auth-failure';
import type { Authenticate } from '../auth/authenticate';
import type { Principal } from '../auth/principal';
import { requestLanguage } from './request-language';

/** The signed-in caller, or undefined once a 401/403 has been sent. */
export async function signedIn(
  req: Request,
  res: Response,
  authenticate: Authenticate,
): Promise<Principal | undefined> {
  const query = typeof req.query === 'object' && req.query !== null ? req.query : undefined;
  const result = await authenticate({ headers: req.headers, socket: req.socket, query });
  if (result.ok) return result.principal;
  sendAuthError(res, authErrorResponse(result.failure, localeOf(req)));
  return undefined;
}

/** Answers with a status, the message key as `code` and its text in the caller's language. */
export function refuse(
  req: Request,
  res: Response,
  status: number,
  key: MessageKey,
  params?: MessageParams,
  extra: Record<string, unknown> = {},
): void {
  res.send(status, { code: key, error: translate(localeOf(req), key, params), ...extra });
}

/** Sends a refusal built by `authErrorResponse` or `forbiddenResponse`. */
export function sendAuthError(res: Response, refusal: AuthErrorResponse): void {
  for (const [name, value] of Object.entries(refusal.headers)) res.header(name, value);
  res.send(refusal.status, refusal.body);
}

/** The caller's language, by the one negotiation of every route (request-language.ts). */
export function localeOf(req: Request): string {
  return requestLanguage(req);
}
