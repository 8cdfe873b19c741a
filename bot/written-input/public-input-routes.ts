import type { Request, Response } from 'restify';
import { translatorFor } from '../../core/i18n/catalog';
import type { PublishedFilter } from '../../core/registration/published-inputs';
import type { PublishedInputService } from './published-input-service';
import type { Clock } from '../platform/ports';
import { attachmentHeaders } from '../platform/http/attachment-headers';
import { publishedInputsAtom, publishedInputsJson } from './published-inputs-feeds';
import { notFoundHtml, publishedInputsHtml } from './published-inputs-html';
import { requestLanguage } from '../platform/http/request-language';
import type { Route } from '../platform/feature';

export interface PublicInputRouteDeps {
  published: PublishedInputService;
  clock: Clock;
  publicUrl: string;
}

/** Read anywhere, never stored stale: a withheld statement must vanish at once. */
const PUBLIC_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'";

/**
 * The published written input of an event, for anyone and without signing in: the page,
 * its JSON and Atom feeds (open to other sites' scripts) and each published file as a download.
 */
export function publicInputRoutes(deps: PublicInputRouteDeps): Route[] {
  const routes: Route[] = [];
  const base = '/events/:eventId/inputs';

  routes.push({
    method: 'get',
    path: base,
    access: 'public',
    handle: async (req, res) => {
      const language = requestLanguage(req);
      const t = translatorFor(language);
      const found = await deps.published.of(eventIdOf(req), filterOf(req), t);
      const html = found
        ? publishedInputsHtml({ ...found, filter: filterOf(req), language, t })
        : notFoundHtml(language, t('inputs.page.unknownEvent'));
      send(res, found ? 200 : 404, 'text/html; charset=utf-8', html, {
        'Content-Security-Policy': PAGE_CSP,
        'Content-Language': language,
        Vary: 'Accept-Language',
      });
    },
  });

  routes.push({
    method: 'get',
    path: `${base}.json`,
    access: 'public',
    handle: async (req, res) => {
      const source = await feedSource(req, deps);
      if (!source) return notFound(req, res, 'inputs.page.unknownEvent');
      const body = JSON.stringify(publishedInputsJson(source));
      send(res, 200, 'application/feed+json; charset=utf-8', body, {
        'Access-Control-Allow-Origin': '*',
        Vary: 'Accept-Language',
      });
    },
  });

  routes.push({
    method: 'get',
    path: `${base}.atom`,
    access: 'public',
    handle: async (req, res) => {
      const source = await feedSource(req, deps);
      if (!source) return notFound(req, res, 'inputs.page.unknownEvent');
      send(res, 200, 'application/atom+xml; charset=utf-8', publishedInputsAtom(source), {
        'Access-Control-Allow-Origin': '*',
        Vary: 'Accept-Language',
      });
    },
  });

  routes.push({
    method: 'get',
    path: `${base}/:inputId/file`,
    access: 'public',
    handle: async (req, res) => {
      const file = await deps.published.file(eventIdOf(req), String(req.params.inputId ?? ''));
      if (!file) return notFound(req, res, 'inputs.page.fileMissing');
      res.writeHead(200, {
        ...attachmentHeaders(file.fileName, file.contentType),
        'Content-Length': String(file.content.length),
      });
      res.end(Buffer.from(file.content));
    },
  });
  return routes;
}

async function feedSource(req: Request, deps: PublicInputRouteDeps) {
  const language = requestLanguage(req);
  const eventId = eventIdOf(req);
  const t = translatorFor(language);
  const found = await deps.published.of(eventId, filterOf(req), t);
  if (!found) return undefined;
  const pageUrl = `${deps.publicUrl}/events/${encodeURIComponent(eventId)}/inputs`;
  return { ...found, language, t, pageUrl, now: deps.clock.now() };
}

function notFound(
  req: Request,
  res: Response,
  key: 'inputs.page.unknownEvent' | 'inputs.page.fileMissing',
) {
  const language = requestLanguage(req);
  send(res, 404, 'text/html; charset=utf-8', notFoundHtml(language, translatorFor(language)(key)), {
    'Content-Security-Policy': PAGE_CSP,
  });
}

function send(
  res: Response,
  status: number,
  contentType: string,
  body: string,
  extra: Record<string, string>,
): void {
  res.writeHead(status, { 'Content-Type': contentType, ...PUBLIC_HEADERS, ...extra });
  res.end(body);
}

function eventIdOf(req: Request): string {
  return String(req.params.eventId ?? '');
}

function filterOf(req: Request): PublishedFilter {
  const category = queryText(req, 'category');
  const question = queryText(req, 'question');
  return { ...(category ? { category } : {}), ...(question ? { question } : {}) };
}

function queryText(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.length <= 100 ? value : undefined;
}
