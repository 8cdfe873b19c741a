/** The speaking-queue feature: the tab's queue API and its change feed. */
import type { Feature } from '../platform/feature';
import type { QueueFeed } from './queue-feed';
import { queueRoutes, type QueueRouteDeps } from './queue-routes';
import { queueSessionRoutes, type QueueSessionRouteDeps } from './queue-session-routes';

export function queueFeature(
  feed: QueueFeed,
  web: QueueRouteDeps & QueueSessionRouteDeps,
): Feature {
  return {
    name: 'queue',
    routes: [...queueSessionRoutes(web), ...queueRoutes(web)],
    start: () => feed.start(),
    stop: () => feed.stop(),
  };
}

// What other features use of this one.
export * from './queue-service';
export { sessionParam } from './session-param';
