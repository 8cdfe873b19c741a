/** The outbox feature: the calendar file behind a participant's login details card. */
import type { Feature } from '../platform/feature';
import { calendarRoutes } from './calendar-routes';
import type { DeliveryService } from './delivery-service';

export function outboxFeature(delivery: DeliveryService): Feature {
  return { name: 'outbox', routes: calendarRoutes(delivery) };
}
