import type { Response, Server } from 'restify';
import { authErrorResponse, type AuthErrorResponse } from './auth-failure';
import type { Authenticate } from './authenticate';
import type { Principal } from './principal';

/** `GET /api/me`: who the tab is signed in as, and whether it is a development sign-in. */
export function registerMeRoutes(server: Server, authenticate: Authenticate): void {
  server.get('/api/me', async (req, res) => {
    const query = typeof req.query === 'object' && req.query !== null ? req.query : undefined;
    const result = await authenticate({ headers: req.headers, query });
    if (!result.ok) {
      const locale = String(req.headers['accept-language'] ?? 'en');
      sendAuthError(res, authErrorResponse(result.failure, locale));
      return;
    }
    res.header('Cache-Control', 'no-store');
    res.send(200, meJson(result.principal));
  });
}

/** Sends a refusal built by `authErrorResponse` or `forbiddenResponse`. */
export function sendAuthError(res: Response, refusal: AuthErrorResponse): void {
  for (const [name, value] of Object.entries(refusal.headers)) res.header(name, value);
  res.send(refusal.status, refusal.body);
}

function meJson(principal: Principal) {
  return {
    dev: principal.dev,
    oid: principal.oid,
    tid: principal.tid,
    name: principal.name,
    preferredUsername: principal.preferredUsername ?? null,
    email: principal.email ?? null,
    ...(principal.dev ? { meetingRole: principal.meetingRole } : {}),
  };
}
