/** The event feature: the public list of events (and the export links' downloads). */
import type { Feature } from '../platform/feature';
import { tabRoutes, type TabRouteDeps } from './tab-routes';

export function eventFeature(web: TabRouteDeps): Feature {
  return { name: 'event', routes: tabRoutes(web) };
}

// What other features use of this one.
export * from './event-catalog';
export * from './event-presenter';
export * from './local-event';
