import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { BACKLOG_REASONS, type OutboxBacklog } from '../../core/outbox/backlog';

/** What the gauges read when Prometheus scrapes. */
export interface MetricsSources {
  /** Event streams this instance holds open. */
  openStreams(): number;
  /** Messages waiting in the outbox; leave out while the store has no outbox. */
  outboxDepth?(): Promise<number>;
  /** The outbox's undelivered rows by why (core/outbox/backlog.ts); left out like the depth. */
  outboxBacklog?(): Promise<OutboxBacklog>;
}

/**
 * The service's Prometheus metrics, in a registry of their own per app instance (not
 * prom-client's global one), so several apps in one test process do not collide.
 */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  queueCommands: Counter<'outcome'>;
  registrationsCreated: Counter;
}

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  new Gauge({
    name: 'queue_stream_clients',
    help: 'Speaking-queue event streams (SSE) open on this instance.',
    registers,
    collect() {
      this.set(sources.openStreams());
    },
  });
  const { outboxDepth } = sources;
  if (outboxDepth) {
    new Gauge({
      name: 'outbox_depth',
      help: 'Messages in the outbox not yet delivered.',
      registers,
      async collect() {
        this.set(await outboxDepth());
      },
    });
  }
  const { outboxBacklog } = sources;
  if (outboxBacklog) {
    new Gauge({
      name: 'outbox_backlog',
      help: 'Messages in the outbox not delivered, by why: waiting for the rate limit, held by a worker, retrying after a refusal, scheduled later, failed.',
      labelNames: ['reason'],
      registers,
      async collect() {
        const backlog = await outboxBacklog();
        for (const reason of BACKLOG_REASONS) this.set({ reason }, backlog[reason]);
      },
    });
  }
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request (event streams excluded), by route pattern.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    queueCommands: new Counter({
      name: 'speaking_queue_commands_total',
      help: 'Speaking-queue commands, by outcome (ok, stale, conflict, forbidden, ...).',
      labelNames: ['outcome'],
      registers,
    }),
    registrationsCreated: new Counter({
      name: 'registrations_created_total',
      help: 'Registrations created (replays and duplicates not counted).',
      registers,
    }),
  };
}
