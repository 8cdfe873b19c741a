import { existsSync } from 'node:fs';
import restify, { type Server } from 'restify';
import { translate } from '../../core/i18n/catalog';
import { eventSummaryJson } from './event-json';
import type { EventCatalog } from '../services/event-catalog';
import type { OrganizerService } from '../services/organizer-service';
import type { Clock } from '../services/ports';

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
  server.get('/api/events', async (_req, res) => {
    const events = await deps.catalog.all(deps.clock.now());
    res.send(200, { events: events.map(eventSummaryJson) });
  });

  server.get('/api/exports/:token', async (req, res) => {
    const file = await deps.organizer.download(String(req.params.token ?? ''));
    if (!file) {
      const locale = String(req.headers['accept-language'] ?? 'en');
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
    server.get(
      '/tab/*',
      restify.plugins.serveStatic({
        directory: tabDir,
        appendRequestPath: false,
        default: 'index.html',
      }),
    );
  }
}
