import fresh from 'fresh';
import type { Request, Response } from 'restify';
import { translatorFor } from '../../core/i18n/catalog';
import { PUBLIC_READ_LIMITS, type MissLimits } from '../../core/access/miss-limiter';
import type { PublishedFilter } from '../../core/registration/published-inputs';
import type { PublishedInputService, Rendered } from './published-input-service';
import type { Representation } from './published-representations';
import type { Clock } from '../platform/ports';
import { attachmentHeaders } from '../platform/http/attachment-headers';
import { notFoundHtml } from './published-inputs-html';
import { requestLanguage } from '../platform/http/request-language';
import { limitPublicReads } from './public-read-limit';
import type { TrustedProxies } from '../platform/http/client-address';
import type { Route } from '../platform/feature';

export interface PublicInputRouteDeps {
  published: PublishedInputService;
  clock: Clock;
  /** Reads per client address and minute; PUBLIC_READ_LIMITS unless a test says otherwise. */
  publicReadLimits?: MissLimits;
  /** Whose X-Forwarded-For names the client (TRUSTED_PROXIES). */
  trustedProxies: TrustedProxies;
}

/**
 * Shared caches (a CDN) may serve a representation for a minute, then a stale one for 30 s
 * more while they ask again in the background: polling costs the service at most one
 * request per URL and minute per cache, and a withheld statement is gone everywhere within
 * 90 s (on this service at once).
 */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=30';
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'";

/**
 * The published written input of an event, for anyone and without signing in: the page,
 * its JSON and Atom feeds (open to other sites' scripts) and each published file as a
 * download. Each carries a strong ETag and Last-Modified and is answered 304 when unchanged.
 */
export function publicInputRoutes(deps: PublicInputRouteDeps): Route[] {
  const routes: Route[] = [];
  const base = '/events/:eventId/inputs';
  const limits = deps.publicReadLimits ?? PUBLIC_READ_LIMITS;
  const limit = limitPublicReads(limits, deps.clock, deps.trustedProxies);
  for (const [path, kind] of [
    [base, 'page'],
    [`${base}.json`, 'json'],
    [`${base}.atom`, 'atom'],
  ] as const) {
    routes.push({
      method: 'get',
      path,
      access: 'public',
      handle: async (req, res) => {
        if (limit(req, res)) return;
        await serveRendered(req, res, kind, deps);
      },
    });
  }

  routes.push({
    method: 'get',
    path: `${base}/:inputId/file`,
    access: 'public',
    handle: async (req, res) => {
      if (limit(req, res)) return;
      const [eventId, inputId] = [eventIdOf(req), String(req.params.inputId ?? '')];
      const etag = await deps.published.fileTag(eventId, inputId);
      if (!etag) return notFound(req, res, 'inputs.page.fileMissing');
      const validators = { ETag: etag, 'Cache-Control': PUBLIC_CACHE };
      if (unchanged(req, { etag })) return notModified(res, validators);
      const file = await deps.published.file(eventId, inputId);
      if (!file) return notFound(req, res, 'inputs.page.fileMissing');
      res.writeHead(200, {
        ...attachmentHeaders(file.fileName, file.contentType),
        ...validators,
        'Content-Length': String(file.content.length),
      });
      res.end(Buffer.from(file.content));
    },
  });
  return routes;
}

async function serveRendered(
  req: Request,
  res: Response,
  kind: Representation,
  deps: PublicInputRouteDeps,
): Promise<void> {
  const language = requestLanguage(req);
  const found = await deps.published.rendered(eventIdOf(req), kind, filterOf(req), language);
  if (!found) return notFound(req, res, 'inputs.page.unknownEvent');
  const headers = {
    ...validatorsOf(found),
    ...(kind === 'page'
      ? { 'Content-Security-Policy': PAGE_CSP, 'Content-Language': language }
      : { 'Access-Control-Allow-Origin': '*' }),
    // Only a language taken from the header makes the same URL differ between readers.
    ...(languageFromQuery(req) ? {} : { Vary: 'Accept-Language' }),
  };
  if (unchanged(req, { etag: found.etag, 'last-modified': headers['Last-Modified'] })) {
    return notModified(res, headers);
  }
  res.writeHead(200, { 'Content-Type': found.contentType, ...headers });
  res.end(found.body);
}

function validatorsOf(found: Rendered) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': PUBLIC_CACHE,
    ETag: found.etag,
    'Last-Modified': found.lastModified.toUTCString(),
  };
}

/**
 * Whether the reader's copy is current (If-None-Match first, else If-Modified-Since). Only
 * the preconditions go to `fresh`: its rule that `Cache-Control: no-cache` means "send it
 * all" is for caches, and fetch() adds that header to every conditional request it sends.
 */
function unchanged(req: Request, validators: { etag: string; 'last-modified'?: string }): boolean {
  const { 'if-none-match': noneMatch, 'if-modified-since': modifiedSince } = req.headers;
  return fresh({ 'if-none-match': noneMatch, 'if-modified-since': modifiedSince }, validators);
}

function notModified(res: Response, headers: Record<string, string>): void {
  res.writeHead(304, headers);
  res.end();
}

function notFound(
  req: Request,
  res: Response,
  key: 'inputs.page.unknownEvent' | 'inputs.page.fileMissing',
) {
  const language = requestLanguage(req);
  res.writeHead(404, {
    'Content-Type': 'text/html; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    // Not kept anywhere: the event or file may be published a moment later.
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': PAGE_CSP,
  });
  res.end(notFoundHtml(language, translatorFor(language)(key)));
}

function eventIdOf(req: Request): string {
  return String(req.params.eventId ?? '');
}

function languageFromQuery(req: Request): boolean {
  const lang = (req.query as Record<string, unknown> | undefined)?.lang;
  return typeof lang === 'string' && lang !== '';
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
