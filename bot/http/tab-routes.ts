import { existsSync } from 'node:fs';
import type { Request, Server } from 'restify';
import { staticFiles } from './static-files';
import { translate, translatorFor } from '../../core/i18n/catalog';
import { requestLanguage } from './request-language';
import { eventSummaryJson } from '../event/event-json';
import type { EventCatalog } from '../event/event-catalog';
import type { OrganizerService } from '../organizer/organizer-service';
import type { Clock } from '../ports';
import { EXPORT_GUESS_LIMITS, MissLimiter } from '../../core/access/miss-limiter';

/** What the tab's routes read: the events, the export links, the clock. */
export interface TabRouteDeps {
  catalog: EventCatalog;
  organizer: OrganizerService;
  clock: Clock;
}

/**
 * The tab's HTTP surface: its static files, the public event list, and the single-use
 * CSV download behind an organizer's export link.
 */
export function registerTabRoutes(server: Server, deps: TabRouteDeps, tabDir: string): void {
  server.get('/api/events', async (req, res) => {
    const events = await deps.catalog.all(deps.clock.now());
    const t = translatorFor(requestLanguage(req));
    res.send(200, { events: events.map((at) => eventSummaryJson(at, t)) });
  });

  const guesses = new MissLimiter(EXPORT_GUESS_LIMITS);
  server.get('/api/exports/:token', async (req, res) => {
    const locale = String(req.headers['accept-language'] ?? 'en');
    const client = clientAddress(req);
    const now = deps.clock.now().getTime();
    // A blocked address is not even looked up: guessing from it yields nothing at all.
    if (guesses.blocked(client, now)) {
      res.header('Retry-After', String(Math.ceil(guesses.retryAfterMs(client, now) / 1000)));
      return void res.send(429, {
        code: 'limits.tooManyAttempts',
        error: translate(locale, 'limits.tooManyAttempts'),
      });
    }
    const file = await deps.organizer.download(String(req.params.token ?? ''));
    if (!file) {
      guesses.miss(client, now);
      res.send(404, { error: translate(locale, 'organizer.exportLinkInvalid') });
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
    });
    res.end(file.csv);
  });

  if (existsSync(tabDir)) {
    server.get('/tab/*', staticFiles(tabDir, 'index.html'));
  }
}

/**
 * The caller's address: the last X-Forwarded-For hop (the one Azure's front end appends, which
 * a client cannot forge) when behind the front end, else the socket's peer.
 */
function clientAddress(req: Request): string {
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',');
  const last = forwarded[forwarded.length - 1]?.trim();
  return last || req.socket.remoteAddress || 'unknown';
}
