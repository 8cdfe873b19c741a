import type { Request, Response } from 'restify';
import { eventIn } from '../../core/event/event-language';
import { translatorFor } from '../../core/i18n/catalog';
import type { EventCatalog } from '../event';
import type { Clock } from '../platform/ports';
import type { Route } from '../platform/feature';
import { requestLanguage } from '../platform/http/request-language';
import { registerNotFoundHtml, registerPageHtml, type ChatAssets } from './register-page-html';
import { REGISTER_PAGE_SCRIPT } from './register-page-script';
import { webChatBundle, WEB_CHAT_PATH } from './web-chat-bundle';

export interface RegisterPageRouteDeps {
  catalog: EventCatalog;
  clock: Clock;
  /** Direct Line's origin the page's chat talks to; absent: no chat on the page. */
  directLineEndpoint?: string;
  /** The bot's Entra app id, for the "Open in Teams" link; empty: no link. */
  botAppId: string;
}

export const PAGE_SCRIPT_PATH = '/webchat/register-page.js';
export const TOKEN_PATH = '/api/webchat/token';

/** The public registration page of an event (the link in the chair's letter), and its scripts. */
export function registerPageRoutes(deps: RegisterPageRouteDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/events/:eventId/register',
      access: 'public',
      handle: (req, res) => servePage(req, res, deps),
    },
    {
      method: 'get',
      path: PAGE_SCRIPT_PATH,
      access: 'public',
      handle: async (_req, res) => {
        res.writeHead(200, {
          'Content-Type': 'text/javascript; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(REGISTER_PAGE_SCRIPT);
      },
    },
    {
      method: 'get',
      path: WEB_CHAT_PATH,
      access: 'public',
      handle: (req, res) => webChatBundle(req, res),
    },
  ];
}

async function servePage(req: Request, res: Response, deps: RegisterPageRouteDeps) {
  const t = translatorFor(requestLanguage(req));
  const eventId = String(req.params.eventId ?? '');
  const at = await deps.catalog.get(eventId, deps.clock.now());
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': t.language,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': pagePolicy(deps.directLineEndpoint),
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Language',
  };
  if (!at) {
    res.writeHead(404, headers);
    res.end(registerNotFoundHtml(t));
    return;
  }
  const chat: ChatAssets | undefined = deps.directLineEndpoint
    ? {
        tokenUrl: `${TOKEN_PATH}?event=${encodeURIComponent(at.event.id)}`,
        webChatScript: WEB_CHAT_PATH,
        pageScript: PAGE_SCRIPT_PATH,
      }
    : undefined;
  res.writeHead(200, headers);
  res.end(
    registerPageHtml({
      t,
      event: eventIn(at.event, t),
      instants: at.instants,
      phase: at.phase,
      ...(chat ? { chat } : {}),
      ...(deps.botAppId ? { teamsLink: teamsChatLink(deps.botAppId) } : {}),
    }),
  );
}

/** The deep link that opens a 1:1 chat with the bot in Teams. */
export function teamsChatLink(botAppId: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(botAppId)}`;
}

/**
 * Scripts from this service only; Web Chat talks to Direct Line (REST and its WebSocket
 * stream) and styles itself inline; images of cards may be data or blob URLs.
 */
function pagePolicy(endpoint: string | undefined): string {
  const directLine = endpoint
    ? ` ${new URL(endpoint).origin} ${new URL(endpoint).origin.replace(/^http/, 'ws')}`
    : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${directLine}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
