import { translate, translatorFor } from '../../core/i18n/catalog';
import { requestLanguage } from '../platform/http/request-language';
import { sendJson } from '../platform/http/send-json';
import { EventsResponse } from '../../core/api';
import { eventSummaryJson } from './event-json';
import type { EventCatalog } from './event-catalog';
import type { OrganizerService } from '../organizer';
import type { Clock } from '../platform/ports';
import { EXPORT_GUESS_LIMITS } from '../../core/access/miss-limiter';
import { GuessGuard } from '../platform/http/guess-guard';
import type { TrustedProxies } from '../platform/http/client-address';
import type { Route } from '../platform/feature';
import { UTF8_BOM } from '../../core/csv/csv';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the tab's routes read: the events, the export links, the clock. */
export interface TabRouteDeps {
  catalog: EventCatalog;
  organizer: OrganizerService;
  clock: Clock;
  /** Whose X-Forwarded-For names the caller, for the guess limiter. */
  trustedProxies: TrustedProxies;
}

/**
 * The tab's public HTTP surface: the event list, and the single-use download behind an
 * organizer's export link. (The tab's static files are served by the platform.)
 */
export function tabRoutes(deps: TabRouteDeps): Route[] {
  const routes: Route[] = [];
  routes.push({
    method: 'get',
    path: '/api/events',
    access: 'public',
    handle: async (req, res) => {
      const events = await deps.catalog.all(deps.clock.now());
      const t = translatorFor(requestLanguage(req));
      sendJson(res, EventsResponse, { events: events.map((at) => eventSummaryJson(at, t)) });
    },
  });

  const guesses = new GuessGuard(EXPORT_GUESS_LIMITS, deps.trustedProxies, deps.clock);
  routes.push({
    method: 'get',
    path: '/api/exports/:token',
    access: 'public',
    handle: async (req, res) => {
      const locale = requestLanguage(req);
      // A blocked address is not even looked up: guessing from it yields nothing at all.
      if (guesses.refused(req, res)) return;
      const file = await deps.organizer.download(String(req.params.token ?? ''));
      if (!file) {
        guesses.missed(req);
        res.send(404, { error: translate(locale, 'organizer.exportLinkInvalid') });
        return;
      }
      const csv = 'csv' in file;
      res.writeHead(200, {
        'Content-Type': csv ? 'text/csv; charset=utf-8' : XLSX_TYPE,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
      });
      res.end(csv ? UTF8_BOM + file.csv : file.xlsx);
    },
  });

  return routes;
}
