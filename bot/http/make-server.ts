import { existsSync } from 'node:fs';
import path from 'node:path';
import restify, { type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from '../logger';
import type { OrganizerService } from '../organizer/organizer-service';
import type { EventCatalog } from '../event/event-catalog';
import type { Clock } from '../ports';
import type { Store } from '../store/store';
import { registerBotRoutes } from './bot-routes';
import { checkResponses } from './send-json';
import { registerHealthRoutes } from './health-routes';
import { registerI18nRoutes } from './i18n-routes';
import { registerTabRoutes, type TabRouteDeps } from './tab-routes';
import { registerQueueRoutes, type QueueRouteDeps } from '../queue/queue-routes';
import { registerMeetingRoutes } from '../meeting-presence/meeting-routes';
import {
  registerQueueSessionRoutes,
  type QueueSessionRouteDeps,
} from '../queue/queue-session-routes';
import {
  registerRoundtableRoutes,
  type RoundtableRouteDeps,
} from '../roundtable/roundtable-routes';
import { registerOrganizerRoutes, type OrganizerRouteDeps } from '../organizer/organizer-routes';
import { registerAttendanceRoutes, type AttendanceRouteDeps } from '../meeting/attendance-routes';
import { registerMeRoutes } from '../auth/me-routes';
import type { Metrics } from '../metrics';
import { observeRequests, registerMetricsRoutes } from './metrics-routes';
import { MAX_BODY_BYTES, limitJsonDepth, limitRequestSize } from './request-limits';
import { guardRoutes } from './route-guard';
import { genericErrorBodies } from './error-bodies';
import {
  registerInputReviewRoutes,
  type InputReviewRouteDeps,
} from '../written-input/input-review-routes';
import {
  registerPublicInputRoutes,
  type PublicInputRouteDeps,
} from '../written-input/public-input-routes';

export interface ServerDeps
  extends
    QueueRouteDeps,
    QueueSessionRouteDeps,
    OrganizerRouteDeps,
    RoundtableRouteDeps,
    AttendanceRouteDeps,
    InputReviewRouteDeps,
    PublicInputRouteDeps,
    TabRouteDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  store: Store;
  catalog: EventCatalog;
  organizer: OrganizerService;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  /** Bearer token that `/metrics` asks for; absent: open. */
  metricsToken?: string | undefined;
  /** No bot app id: `/api/messages` is unsigned, so it answers this computer only. */
  localBotOnly: boolean;
  /** Folder of the built tab's static files. */
  tabDir?: string;
  /** Answer 500 when a tab API response does not match its schema (tests). */
  checkResponses?: boolean;
}

/**
 * Builds the one HTTP service (bot endpoint, tab API, static tab files, health) without
 * starting it, so tests can listen on port 0 and main.ts decides the port.
 */
export function makeServer(deps: ServerDeps): Server {
  const server = restify.createServer({
    name: 'un-stakeholder-meetings',
    handleUncaughtExceptions: false,
  });
  guardRoutes(server, deps.log);
  genericErrorBodies(server, deps.log);
  limitRequestSize(server);
  if (deps.checkResponses) checkResponses(server);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // JSON only: the full bodyParser would also take multipart uploads, which formidable writes
  // to disk past the body limit, and no route reads a form.
  // (restify's typings omit maxBodySize here, which its body reader honours.)
  const jsonOptions = { maxBodySize: MAX_BODY_BYTES, mapParams: false };
  server.use(restify.plugins.jsonBodyParser(jsonOptions));
  server.use(limitJsonDepth);
  server.on('after', (req: restify.Request, res: restify.Response) => {
    deps.log.info(
      { reqId: req.id(), method: req.method, url: req.url, status: res.statusCode },
      'request',
    );
  });
  observeRequests(server, deps.metrics);
  registerHealthRoutes(server, deps.store);
  registerMetricsRoutes(server, deps.metrics, deps.metricsToken);
  registerBotRoutes(server, deps);
  registerI18nRoutes(server);
  registerMeRoutes(server, deps.authenticate);
  registerQueueSessionRoutes(server, deps);
  registerQueueRoutes(server, deps);
  registerMeetingRoutes(server, deps);
  registerRoundtableRoutes(server, deps);
  registerOrganizerRoutes(server, deps);
  registerAttendanceRoutes(server, deps);
  registerInputReviewRoutes(server, deps);
  registerPublicInputRoutes(server, deps);
  registerTabRoutes(server, deps, deps.tabDir ?? defaultTabDir());
  return server;
}

/**
 * The built tab (tab/dist) of this checkout: the nearest folder up from here that holds
 * package.json, so it is found both from source (tsx) and from the compiled dist/ build.
 */
function defaultTabDir(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir);
  }
  return path.join(dir, 'tab', 'dist');
}
