import type { Request, Response } from 'restify';
import { translate, type MessageKey } from '../../core/i18n/catalog';
import { MissLimiter, type MissLimits } from '../../core/access/miss-limiter';
import type { EventCatalog } from '../event';
import type { Clock } from '../platform/ports';
import type { Route } from '../platform/feature';
import type { Logger } from '../platform/logger';
import type { TrustedProxies } from '../platform/http/client-address';
import { requestLanguage } from '../platform/http/request-language';
import type { DirectLineTokens } from './direct-line-tokens';
import { TOKEN_PATH } from './register-page-routes';

/**
 * Tokens per client address and minute: a reader needs one per page opened; each costs a
 * call to Direct Line (a premium channel, billed per message) and a conversation.
 */
export const TOKEN_LIMITS: MissLimits = { maxMisses: 20, windowMs: 60_000, maxKeys: 10_000 };

export interface WebChatTokenRouteDeps {
  catalog: EventCatalog;
  clock: Clock;
  /** Absent: Direct Line is not configured; the route answers 503. */
  tokens?: DirectLineTokens;
  trustedProxies: TrustedProxies;
  log: Logger;
  limits?: MissLimits;
}

/**
 * `POST /api/webchat/token?event=<id>`: public, for the registration page. The service trades
 * the Direct Line secret for one conversation's token (with a fresh `dl_` user id) and gives
 * the page only that token. Refused for an unknown event (404), outside its registration
 * window (409), past the per-address limit (429) and without Direct Line (503).
 */
export function webChatTokenRoutes(deps: WebChatTokenRouteDeps): Route[] {
  const limiter = new MissLimiter(deps.limits ?? TOKEN_LIMITS);
  return [
    {
      method: 'post',
      path: TOKEN_PATH,
      access: 'public',
      handle: async (req, res) => {
        const client = deps.trustedProxies.clientOf(req);
        const now = deps.clock.now().getTime();
        if (limiter.blocked(client, now)) {
          const wait = Math.max(1, Math.ceil(limiter.retryAfterMs(client, now) / 1000));
          res.header('Retry-After', String(wait));
          return refuse(req, res, 429, 'limits.tooManyAttempts');
        }
        limiter.miss(client, now);
        if (!deps.tokens) return refuse(req, res, 503, 'webPage.chat.off');
        const eventId = (req.query as Record<string, unknown> | undefined)?.event;
        const at =
          typeof eventId === 'string' && eventId.length <= 200
            ? await deps.catalog.get(eventId, deps.clock.now())
            : undefined;
        if (!at) return refuse(req, res, 404, 'webPage.notFound');
        if (at.phase !== 'open') return refuse(req, res, 409, 'webPage.chat.closed');
        try {
          const grant = await deps.tokens.generate();
          res.header('Cache-Control', 'no-store');
          res.send(200, grant);
        } catch (error) {
          deps.log.error({ err: error }, 'Direct Line token exchange failed');
          refuse(req, res, 502, 'webPage.chat.unavailable');
        }
      },
    },
  ];
}

function refuse(req: Request, res: Response, status: number, key: MessageKey): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, { code: key, error: translate(requestLanguage(req), key) });
}
