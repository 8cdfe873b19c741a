import http from 'node:http';
import { percentile } from './bench-stats';
import { ask, startService, type BenchService } from './bench-service';

/**
 * `npm run bench:fanout`: 1,000 stream clients watch one meeting's speaking queue while the
 * chair applies 200 changes, one after another as a chair would (each once every client has
 * the previous one). For each change: time from sending the command to every client having
 * the new version. Prints p50/p99, misses and the service's memory; asserts nothing.
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);

/** One socket per stream, as a thousand browsers would have. */
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

interface Client {
  versions: Set<number>;
  close(): void;
}

async function main(): Promise<void> {
  console.log(`bench:fanout  clients=${CLIENTS} changes=${CHANGES}  database=pglite (in memory)`);
  const service = await startService();
  try {
    await run(service);
  } finally {
    service.child.kill();
  }
}

async function run(service: BenchService): Promise<void> {
  const queueUrl = `${service.baseUrl}/api/events/${service.eventId}/queue`;
  const before = await ask<{ memory: NodeJS.MemoryUsage }>(service.child, 'memory');
  const arrivals = new Map<number, number[]>();
  const clients: Client[] = [];
  const connectStart = performance.now();
  for (let i = 0; i < CLIENTS; i += 50) {
    const batch = Array.from({ length: Math.min(50, CLIENTS - i) }, () =>
      openClient(`${queueUrl}/stream`, arrivals),
    );
    clients.push(...(await Promise.all(batch)));
  }
  const connectMs = performance.now() - connectStart;
  const connected = await ask<{ memory: NodeJS.MemoryUsage }>(service.child, 'memory');

  let version = await currentVersion(queueUrl);
  const latencies: number[] = [];
  let lastStateBytes = 0;
  const sentAt = new Map<number, number>();
  for (let n = 0; n < CHANGES; n++) {
    const t0 = performance.now();
    const response = await fetch(`${queueUrl}/commands`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dev-User': 'chair' },
      body: JSON.stringify(change(n, version)),
    });
    if (response.status !== 200) throw new Error(`change ${n}: HTTP ${response.status}`);
    const text = await response.text();
    lastStateBytes = Buffer.byteLength(text);
    version = (JSON.parse(text) as { queue: { version: number } }).queue.version;
    sentAt.set(version, t0);
    const all = await allHave(arrivals, version, clients.length);
    latencies.push(all - t0);
  }
  const after = await ask<{ memory: NodeJS.MemoryUsage }>(service.child, 'memory');
  const perDelivery = [...arrivals].flatMap(([v, times]) => times.map((t) => t - sentAt.get(v)!));
  const missing = clients.reduce(
    (sum, c) => sum + [...sentAt.keys()].filter((v) => !c.versions.has(v)).length,
    0,
  );
  clients.forEach((c) => c.close());

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const mb = (m: NodeJS.MemoryUsage) =>
    `rss ${(m.rss / 2 ** 20).toFixed(0)} MB, heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB`;
  console.log(`connect ${CLIENTS} streams: ${ms(connectMs)}`);
  console.log(
    `change accepted -> every client has it: p50 ${ms(percentile(latencies, 50))}  p99 ${ms(percentile(latencies, 99))}  max ${ms(Math.max(...latencies))}`,
  );
  console.log(
    `per delivery: p50 ${ms(percentile(perDelivery, 50))}  p99 ${ms(percentile(perDelivery, 99))}`,
  );
  console.log(`state size at the end: ${(lastStateBytes / 1024).toFixed(1)} KiB per message`);
  console.log(`updates missed by clients: ${missing} of ${CLIENTS * CHANGES}`);
  console.log(
    `service memory: idle ${mb(before.memory)}; ${CLIENTS} streams ${mb(connected.memory)}; after ${mb(after.memory)}`,
  );
}

/** A mix of what a chair does: add speakers, call them, run their timers. */
function change(n: number, baseVersion: number): Record<string, unknown> {
  const kinds = [
    {
      type: 'add',
      speaker: { name: `Speaker ${n}`, organization: `Organization ${n % 37}` },
    },
    { type: 'setCurrentQuestion', questionId: `q${(n % 4) + 1}` },
  ];
  const step = n % 6;
  if (step < 2) return { ...kinds[step], baseVersion };
  const turn = ['callNext', 'startTimer', 'pauseTimer', 'resumeTimer'][step - 2]!;
  return { type: turn, baseVersion };
}

async function currentVersion(queueUrl: string): Promise<number> {
  const response = await fetch(queueUrl, { headers: { 'X-Dev-User': 'chair' } });
  return ((await response.json()) as { queue: { version: number } }).queue.version;
}

/**
 * One stream client on node:http with 'data' events: far lighter than fetch's web streams,
 * so a thousand of them in one process measure the service rather than themselves.
 */
function openClient(url: string, arrivals: Map<number, number[]>): Promise<Client> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { agent, headers: { 'X-Dev-User': 'delegate-b' } },
      (response) => {
        if (response.statusCode !== 200)
          return reject(new Error(`stream: HTTP ${response.statusCode}`));
        response.setEncoding('utf8');
        const versions = new Set<number>();
        let buffer = '';
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            // Our frames start with their id line; reading only that keeps the client cheap.
            const id = /^id: (\d+)\n/.exec(buffer.slice(0, 24))?.[1];
            buffer = buffer.slice(cut + 2);
            if (id === undefined) continue;
            const v = Number(id);
            versions.add(v);
            const list = arrivals.get(v) ?? [];
            list.push(performance.now());
            arrivals.set(v, list);
          }
        });
        response.on('error', () => undefined);
        resolve({ versions, close: () => request.destroy() });
      },
    );
    request.on('error', reject);
  });
}

/**
 * Resolves with the time the last of `count` clients received `version`; after 10 s, with
 * the time it gave up (the clients that lack it are counted as misses).
 */
async function allHave(arrivals: Map<number, number[]>, version: number, count: number) {
  const giveUp = performance.now() + 10_000;
  for (;;) {
    const times = arrivals.get(version);
    if (times && times.length >= count) return Math.max(...times);
    if (performance.now() > giveUp) return performance.now();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
