import { epochNow, openStream, type BenchStream } from './bench-sse-client';
import { percentile } from './bench-stats';
import type { ViewerReport, ViewerRequest, ViewerSpec } from './viewer-pool';

/**
 * The fan-out's viewers, in a process of their own (forked by viewer-pool.ts) so that reading
 * thousands of streams does not delay the chair's commands and their timing. It opens the
 * streams it is sent, tells the parent when every viewer of a meeting has a version, and at
 * the end turns the arrival times into latencies from each command's sending.
 */
const arrivals = new Map<string, number[]>();
const viewersOf = new Map<number, number>();
const streams: BenchStream[] = [];
let cpuAtOpen = process.cpuUsage();
/** Characters read since the streams opened (their first states included). */
let received = 0;

async function open(specs: ViewerSpec[]): Promise<void> {
  const started = epochNow();
  for (let i = 0; i < specs.length; i += 100) {
    const batch = specs.slice(i, i + 100).map(async ({ url, token, meeting }) => {
      const stream = await openStream(
        url,
        { Authorization: `Bearer ${token}` },
        (version) => arrived(meeting, version),
        (chars) => (received += chars),
      );
      if (stream.status !== 200) throw new Error(`stream: HTTP ${stream.status}`);
      viewersOf.set(meeting, (viewersOf.get(meeting) ?? 0) + 1);
      streams.push(stream);
    });
    await Promise.all(batch);
  }
  cpuAtOpen = process.cpuUsage();
  received = 0;
  process.send!({ type: 'opened', ms: epochNow() - started });
}

function arrived(meeting: number, version: number): void {
  const key = `${meeting}:${version}`;
  const times = arrivals.get(key) ?? [];
  times.push(epochNow());
  arrivals.set(key, times);
  if (times.length === viewersOf.get(meeting)) {
    process.send!({ type: 'complete', meeting, version });
  }
}

function report(sent: Array<[number, number, number]>): ViewerReport {
  const latencies: number[] = [];
  let missed = 0;
  for (const [meeting, version, sentAt] of sent) {
    const times = arrivals.get(`${meeting}:${version}`) ?? [];
    for (const t of times) latencies.push(t - sentAt);
    missed += Math.max(0, (viewersOf.get(meeting) ?? 0) - times.length);
  }
  return {
    delivered: latencies.length,
    missed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.reduce((a, b) => Math.max(a, b), 0),
    viewerCpuMs: cpuMsSince(cpuAtOpen),
    received,
  };
}

process.on('message', (message: ViewerRequest) => {
  if (message.type === 'open') {
    open(message.specs).catch((error: Error) => {
      process.send!({ type: 'failed', error: error.message });
    });
  } else if (message.type === 'report') {
    process.send!({ type: 'report', report: report(message.sent) });
  } else {
    streams.forEach((s) => s.close());
    process.disconnect();
  }
});

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}
