import { translate } from '../../core/i18n/catalog';
import type { DeliveryService } from './delivery-service';
import type { Route } from '../platform/feature';

/** The calendar (.ics) file behind the link on a participant's login details card. */
export function calendarRoutes(delivery: DeliveryService): Route[] {
  const routes: Route[] = [];
  routes.push({
    method: 'get',
    path: '/api/calendar/:token',
    access: 'public',
    handle: async (req, res) => {
      const file = await delivery.calendarFile(String(req.params.token ?? ''));
      if (!file) {
        const locale = String(req.headers['accept-language'] ?? 'en');
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
