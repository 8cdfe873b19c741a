import { BACKLOG_REASONS, emptyBacklog, type OutboxBacklog } from '../../core/outbox/backlog';
import { parseMetrics, valueOf, type Sample } from '../../tests/ops/prometheus-text';

/** The service's /metrics samples, or undefined while it is restarting. */
async function scrape(baseUrl: string, token: string): Promise<Sample[] | undefined> {
  const response = await fetch(`${baseUrl}/metrics`, {
    headers: { Authorization: `Bearer ${token}` },
  }).catch(() => undefined);
  return response?.ok ? parseMetrics(await response.text()) : undefined;
}

/**
 * The outbox backlog by why, as the running service reports it on /metrics
 * (`outbox_backlog{reason}`): read through the service, never by opening its database from
 * this process (a second PGlite on the same folder sees stale pages and is not safe). Undefined
 * while the service is restarting.
 */
export async function outboxBacklog(
  baseUrl: string,
  token: string,
): Promise<OutboxBacklog | undefined> {
  const samples = await scrape(baseUrl, token);
  if (!samples) return undefined;
  const backlog = emptyBacklog();
  for (const reason of BACKLOG_REASONS)
    backlog[reason] = valueOf(samples, 'outbox_backlog', { reason });
  return backlog;
}

/** Peak memory of the service (MB) and its longest event-loop delay, from /metrics. */
export class MemoryPeaks {
  rss = 0;
  heapUsed = 0;
  external = 0;
  /**
   * The longest the event loop was held between two samples while serving, in ms
   * (prom-client's max since the last scrape). A process's first sample is left out: it
   * covers its start (opening and recovering the database), when nothing is in flight.
   */
  loopDelayMs = 0;
  /** Holds over 200 ms while serving: seconds since the first sample, and how long. */
  readonly holds: Array<{ at: number; ms: number }> = [];
  private readonly started = new Set<string>();
  private readonly since = Date.now();

  /** Reads /metrics once; a service that is restarting is skipped. */
  async sample(baseUrl: string, token: string): Promise<void> {
    const samples = await scrape(baseUrl, token);
    if (!samples) return;
    const first = !this.started.has(baseUrl);
    this.started.add(baseUrl);
    const mb = (name: string) => Math.round(valueOf(samples, name) / 1048576);
    this.rss = Math.max(this.rss, mb('process_resident_memory_bytes'));
    this.heapUsed = Math.max(this.heapUsed, mb('nodejs_heap_size_used_bytes'));
    this.external = Math.max(this.external, mb('nodejs_external_memory_bytes'));
    const delay = valueOf(samples, 'nodejs_eventloop_lag_max_seconds') * 1000;
    if (first) return;
    this.loopDelayMs = Math.max(this.loopDelayMs, Math.round(delay));
    if (delay > 200)
      this.holds.push({ at: (Date.now() - this.since) / 1000, ms: Math.round(delay) });
  }
}

/**
 * For each message the connector accepted twice: how many sends it accepted after the first
 * one before the next kill (0: the last one before it). Small numbers are messages still on the
 * wire when the kill landed, which no journal can cover (decision 040).
 */
export function repeatsBeforeKill(
  sent: ReadonlyArray<{ activity: Record<string, unknown> }>,
  killedAt: readonly number[],
): number[] {
  const first = new Map<string, number>();
  const repeated = new Set<string>();
  sent.forEach((s, index) => {
    const id = (s.activity.channelData as { outboxId?: string } | undefined)?.outboxId;
    if (!id) return;
    if (first.has(id)) repeated.add(id);
    else first.set(id, index);
  });
  return [...repeated].map((id) => {
    const index = first.get(id)!;
    const kill = killedAt.find((count) => count > index);
    return kill === undefined ? -1 : kill - 1 - index;
  });
}
