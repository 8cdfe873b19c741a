import type { Store } from '../../bot/stores';
import { parseMetrics, valueOf } from '../../tests/ops/prometheus-text';

/**
 * The outbox at one moment, by why a message is not delivered yet: due and never refused
 * (waiting for the rate limit), held by a worker (claimed, in the limiter or being sent),
 * refused once and retrying (429/503), failed for good, or scheduled for later (reminders).
 */
export interface Backlog {
  waitingForRateLimit: number;
  heldByWorker: number;
  retrying: number;
  failed: number;
  later: number;
}

export async function outboxBacklog(store: Store, eventId: string): Promise<Backlog> {
  const rows = await store.outbox.list({ eventId });
  const now = Date.now();
  const backlog: Backlog = {
    waitingForRateLimit: 0,
    heldByWorker: 0,
    retrying: 0,
    failed: 0,
    later: 0,
  };
  for (const row of rows) {
    if (row.status === 'failed') backlog.failed += 1;
    else if (row.status === 'sending') backlog.heldByWorker += 1;
    else if (row.status !== 'pending') continue;
    else if (row.nextAttemptAt.getTime() > now && !row.lastError) backlog.later += 1;
    else if (row.lastError) backlog.retrying += 1;
    else backlog.waitingForRateLimit += 1;
  }
  return backlog;
}

/** What is still to deliver now (reminders for later and failures do not count). */
export const undelivered = (b: Backlog) => b.waitingForRateLimit + b.heldByWorker + b.retrying;

/** Peak memory of the service as its /metrics reports it, in MB, across restarts. */
export class MemoryPeaks {
  rss = 0;
  heapUsed = 0;
  external = 0;

  /** Reads /metrics once; a service that is restarting is skipped. */
  async sample(baseUrl: string, token: string): Promise<void> {
    const response = await fetch(`${baseUrl}/metrics`, {
      headers: { Authorization: `Bearer ${token}` },
    }).catch(() => undefined);
    if (!response?.ok) return;
    const samples = parseMetrics(await response.text());
    const mb = (name: string) => Math.round(valueOf(samples, name) / 1048576);
    this.rss = Math.max(this.rss, mb('process_resident_memory_bytes'));
    this.heapUsed = Math.max(this.heapUsed, mb('nodejs_heap_size_used_bytes'));
    this.external = Math.max(this.external, mb('nodejs_external_memory_bytes'));
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
