import { existsSync } from 'node:fs';
import type { Server } from 'restify';
import { staticFiles } from './static-files';
import { translate, translatorFor } from '../../core/i18n/catalog';
import { requestLanguage } from './request-language';
import { sendJson } from './send-json';
import { EventsResponse } from '../../core/api';
import { eventSummaryJson } from '../event/event-json';
import type { EventCatalog } from '../event/event-catalog';
import type { OrganizerService } from '../organizer/organizer-service';
import type { Clock } from '../ports';
import { EXPORT_GUESS_LIMITS } from '../../core/access/miss-limiter';
import { GuessGuard } from './guess-guard';
import type { TrustedProxies } from './client-address';

/** What the tab's routes read: the events, the export links, the clock. */
export interface TabRouteDeps {
  catalog: EventCatalog;
  organizer: OrganizerService;
  clock: Clock;
  /** Whose X-Forwarded-For names the caller, for the guess limiter. */
  trustedProxies: TrustedProxies;
}

/**
 * The tab's HTTP surface: its static files, the public event list, and the single-use
 * CSV download behind an organizer's export link.
 */
export function registerTabRoutes(server: Server, deps: TabRouteDeps, tabDir: string): void {
  server.get('/api/events', async (req, res) => {
    const events = await deps.catalog.all(deps.clock.now());
    const t = translatorFor(requestLanguage(req));
    sendJson(res, EventsResponse, { events: events.map((at) => eventSummaryJson(at, t)) });
  });

  const guesses = new GuessGuard(EXPORT_GUESS_LIMITS, deps.trustedProxies, deps.clock);
  server.get('/api/exports/:token', async (req, res) => {
    const locale = requestLanguage(req);
    // A blocked address is not even looked up: guessing from it yields nothing at all.
    if (guesses.refused(req, res)) return;
    const file = await deps.organizer.download(String(req.params.token ?? ''));
    if (!file) {
      guesses.missed(req);
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
