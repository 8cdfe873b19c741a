/** The outbox feature: the calendar file behind a participant's login details card. */
import type { Feature } from '../platform/feature';
import { calendarRoutes } from './calendar-routes';
import type { GuessGuard } from '../platform/http/guess-guard';
import type { DeliveryService } from './delivery-service';

export function outboxFeature(delivery: DeliveryService, calendarGuesses: GuessGuard): Feature {
  return { name: 'outbox', routes: calendarRoutes(delivery, calendarGuesses) };
}

// What other features use of this one.
export * from './delivery-service';
export * from './outbox-sql-store';
export * from './outbox-store';
export * from './registrant-messages';
