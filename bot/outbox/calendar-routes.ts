import { translate } from '../../core/i18n/catalog';
import type { DeliveryService } from './delivery-service';
import type { Route } from '../platform/feature';
import type { GuessGuard } from '../platform/http/guess-guard';
import { requestLanguage } from '../platform/http/request-language';

/**
 * The calendar (.ics) file behind the link on a participant's login details card; wrong tokens
 * count against the caller's address like export links do.
 */
export function calendarRoutes(delivery: DeliveryService, guesses: GuessGuard): Route[] {
  const routes: Route[] = [];
  routes.push({
    method: 'get',
    path: '/api/calendar/:token',
    access: 'public',
    handle: async (req, res) => {
      if (guesses.refused(req, res)) return;
      const file = await delivery.calendarFile(String(req.params.token ?? ''));
      if (!file) {
        guesses.missed(req);
        const locale = requestLanguage(req);
        res.send(404, { error: translate(locale, 'outbox.calendar.invalid') });
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
      });
      res.end(file.ics);
    },
  });
  return routes;
}
