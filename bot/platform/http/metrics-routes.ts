import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Metrics } from '../metrics';

/**
 * `GET /metrics` in the Prometheus text format. With `token` set, only a caller sending
 * `Authorization: Bearer <token>` may read it; without, it is open (keep it off the internet).
 */
export function registerMetricsRoutes(server: Server, metrics: Metrics, token?: string): void {
  server.get('/metrics', async (req, res) => {
    if (token !== undefined && !bearerMatches(req, token)) {
      res.header('WWW-Authenticate', 'Bearer realm="metrics"');
      return void res.send(401, { error: 'metrics need the bearer token (METRICS_TOKEN)' });
    }
    const body = await metrics.registry.metrics();
    res.writeHead(200, {
      'Content-Type': metrics.registry.contentType,
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
}

/**
 * Counts and times every answered request. The route label is the route's pattern
 * (`/api/events/:eventId/queue`), never the raw URL, so the number of series stays bounded.
 */
export function observeRequests(server: Server, metrics: Metrics): void {
  const started = new WeakMap<Request, bigint>();
  server.pre((req, _res, next) => {
    started.set(req, process.hrtime.bigint());
    next();
  });
  server.on('after', (req: Request, res: Response) => {
    const labels = {
      method: req.method,
      route: routeOf(req),
      status: String(res.statusCode),
    };
    metrics.httpRequests.inc(labels);
    const start = started.get(req);
    // An event stream lasts as long as the client stays; it would drown the latencies.
    if (start !== undefined && !isEventStream(res)) {
      metrics.httpDuration.observe(labels, Number(process.hrtime.bigint() - start) / 1e9);
    }
  });
}

function routeOf(req: Request): string {
  const path = req.getRoute()?.path;
  if (path === undefined) return 'unmatched';
  return typeof path === 'string' ? path : String(path);
}

function isEventStream(res: Response): boolean {
  return String(res.getHeader('content-type') ?? '').startsWith('text/event-stream');
}

function bearerMatches(req: Request, token: string): boolean {
  const header = req.headers.authorization ?? '';
  // A fixed-length prefix test, then a trim: `^Bearer\s+(.+)$` backtracks on long whitespace.
  const presented = /^bearer\s$/i.test(header.slice(0, 7)) ? header.slice(7).trim() : '';
  if (presented === '') return false;
  // Compare digests: equal lengths, and no early exit that would leak how much matched.
  return timingSafeEqual(digest(presented), digest(token));
}

const digest = (value: string) => createHash('sha256').update(value).digest();
