/** The outbox feature: the calendar file behind a participant's login details card. */
import type { Feature } from '../platform/feature';
import { calendarRoutes } from './calendar-routes';
import type { DeliveryService } from './delivery-service';

export function outboxFeature(delivery: DeliveryService): Feature {
  return { name: 'outbox', routes: calendarRoutes(delivery) };
}

// What other features use of this one.
export * from './delivery-service';
export * from './outbox-sql-store';
export * from './outbox-store';
export * from './registrant-messages';
