import { existsSync } from 'node:fs';
import path from 'node:path';
import restify, { type Server } from 'restify';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Logger } from '../logger';
import type { Feature } from '../feature';
import { meRoute } from '../auth/me-routes';
import { consentRoutes, type ConsentSettings } from '../auth/consent-routes';
import { registerBotRoutes } from './bot-routes';
import { checkResponses } from './send-json';
import { registerHealthRoutes, type Pingable } from './health-routes';
import { registerI18nRoutes } from './i18n-routes';
import { mountRoutes, type RouteGuard } from './routes';
import type { Metrics } from '../metrics';
import { observeRequests, registerMetricsRoutes } from './metrics-routes';
import { MAX_BODY_BYTES, limitJsonDepth, limitRequestSize } from './request-limits';
import { guardRoutes } from './route-guard';
import { genericErrorBodies } from './error-bodies';
import { staticFiles } from './static-files';
import { compressedJson } from './compressed-json';

export interface ServerDeps extends RouteGuard {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  /** The features whose routes are mounted, in order, behind the one sign-in step. */
  features: readonly Feature[];
  /** The database, for the readiness check. */
  store: Pingable;
  log: Logger;
  metrics: Metrics;
  /** Bearer token that `/metrics` asks for; absent: open. */
  metricsToken?: string | undefined;
  /** No bot app id: `/api/messages` is unsigned, so it answers this computer only. */
  localBotOnly: boolean;
  /** Folder of the built tab's static files. */
  tabDir?: string;
  /** The tab's Entra app, for the consent pop-up's redirects (none in development). */
  consent?: ConsentSettings;
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
    // JSON answers compressed as the client accepts (decision 032).
    formatters: { 'application/json': compressedJson() },
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
  const routes = [
    meRoute,
    ...(deps.consent ? consentRoutes(deps.consent) : []),
    ...deps.features.flatMap((feature) => feature.routes ?? []),
  ];
  mountRoutes(server, routes, deps);
  serveTab(server, deps.tabDir ?? defaultTabDir());
  return server;
}

/** The tab's static files, when built. */
function serveTab(server: Server, tabDir: string): void {
  if (!existsSync(tabDir)) return;
  server.get('/tab/*', staticFiles(tabDir, 'index.html'));
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
