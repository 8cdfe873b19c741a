import { benchDatabases, freshDatabase, peakRssMb, type BenchDatabase } from './bench-databases';
import { startService, ask, type BenchService } from './bench-service';
import { startBenchSignIn, type BenchSignIn } from './bench-sign-in';
import { epochNow, openStream } from './bench-sse-client';
import { ViewerPool, type ViewerReport, type ViewerSpec } from './viewer-pool';

/**
 * `npm run bench:fanout`: BENCH_CLIENTS (1,000) viewers, each a person of their own signed in
 * through the Entra stand-in, watch a meeting's speaking queue while its chair applies
 * BENCH_CHANGES (200) changes, one after another as a chair would (each once every viewer has
 * the previous one, or after 10 s). One instance on each database (bench-databases.ts), then
 * with BENCH_DATABASE_URL the next rung: BENCH_MEETINGS (10) meetings at once on
 * BENCH_INSTANCES (2) instances over one PostgreSQL, viewers and chairs spread over both, so
 * changes cross instances by LISTEN/NOTIFY, twice: chairs back to back (the worst case: every
 * meeting changes at once, with no pause), then paced as people click, each chair
 * BENCH_CHAIR_PAUSE_MS (1,000; 0 leaves the paced pass out) after every viewer has its last
 * change, their starts spread over that pause. Viewers run in a process of their own. Prints the
 * latency from each command's sending to each viewer's frame, frames missed, service CPU per
 * delivered frame and each instance's peak memory; asserts nothing. BENCH_PROFILE=1 writes the
 * first instance's CPU profile of each rung's changes (read it with profile-top.ts).
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 10);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2);
/** A rung stops sending changes after this long, so a slow machine still ends the run. */
const RUNG_SECONDS = Number(process.env.BENCH_RUNG_SECONDS ?? 600);
const WAIT_MS = 10_000;
const CHAIR_PAUSE_MS = Number(process.env.BENCH_CHAIR_PAUSE_MS ?? 1000);

interface Rung {
  database: BenchDatabase;
  instances: number;
  meetings: number;
  /** The chair's pause between one change reaching every viewer and the next; 0: none. */
  pauseMs: number;
}

interface RungResult extends ViewerReport {
  rung: Rung;
  changes: number;
  connectMs: number;
  cpuUsPerFrame: number;
  peakRssMb: number[];
  fifthStream: number;
}

async function main(): Promise<void> {
  console.log(`bench:fanout  viewers=${CLIENTS} per meeting, changes=${CHANGES} per meeting`);
  const databases = benchDatabases();
  const rungs: Rung[] = databases.map((database) => ({
    database,
    instances: 1,
    meetings: 1,
    pauseMs: 0,
  }));
  const shared = databases.find((d) => d.shared);
  if (shared && MEETINGS > 0) {
    const many = { database: shared, instances: INSTANCES, meetings: MEETINGS };
    rungs.push({ ...many, pauseMs: 0 });
    if (CHAIR_PAUSE_MS > 0) rungs.push({ ...many, pauseMs: CHAIR_PAUSE_MS });
  }
  const signIn = await startBenchSignIn();
  const results: RungResult[] = [];
  try {
    for (const rung of rungs) results.push(await measure(rung, signIn));
  } finally {
    await signIn.close();
  }
  print(results);
}

async function measure(rung: Rung, signIn: BenchSignIn): Promise<RungResult> {
  const database = await freshDatabase(rung.database, 'bench_fanout');
  const env = {
    ...database.env,
    BENCH_MEETINGS: String(rung.meetings),
    BENCH_CONFIG: JSON.stringify(signIn.config),
    BENCH_STREAMS_TOTAL: String(rung.meetings * CLIENTS + 100),
  };
  const services: BenchService[] = [];
  const viewers = ViewerPool.start();
  try {
    // One after the other: the first migrates the shared schema, the others find it ready.
    for (let n = 0; n < rung.instances; n += 1) services.push(await startService(env));
    const fifthStream = await fifthStreamOfOnePerson(services[0]!, signIn);
    const connectMs = await viewers.open(viewerSpecs(services, rung.meetings, signIn));
    const cpuBefore = await cpuMs(services);
    if (process.env.BENCH_PROFILE) await ask(services[0]!.child, 'profile:start');
    const deadline = performance.now() + RUNG_SECONDS * 1000;
    const sent = (
      await Promise.all(
        services[0]!.eventIds.map((_, m) =>
          chair(services[m % services.length]!, m, rung, signIn, viewers, deadline),
        ),
      )
    ).flat();
    const cpu = (await cpuMs(services)) - cpuBefore;
    if (process.env.BENCH_PROFILE) {
      const { file } = await ask<{ file: string }>(services[0]!.child, 'profile:stop');
      console.log(`  profile of the first instance: ${file}`);
    }
    const seen = await viewers.report(sent);
    return {
      ...seen,
      rung,
      changes: sent.length,
      connectMs,
      cpuUsPerFrame: (cpu * 1000) / Math.max(1, seen.delivered),
      peakRssMb: await Promise.all(services.map((s) => peakRssMb(s.child.pid))),
      fifthStream,
    };
  } finally {
    viewers.close();
    for (const service of services) service.child.kill();
    await database.drop();
  }
}

/** The viewers of every meeting, viewer i of a meeting on instance i mod instances. */
function viewerSpecs(services: BenchService[], meetings: number, signIn: BenchSignIn) {
  const specs: ViewerSpec[] = [];
  for (let meeting = 0; meeting < meetings; meeting += 1) {
    for (let i = 0; i < CLIENTS; i += 1) {
      const service = services[i % services.length]!;
      const url = `${service.baseUrl}/api/events/${service.eventIds[meeting]}/queue/stream`;
      specs.push({ url, token: signIn.viewerToken(meeting * CLIENTS + i), meeting });
    }
  }
  return specs;
}

/** The status of one person's fifth stream at once: the cap (four) must refuse it with 429. */
async function fifthStreamOfOnePerson(service: BenchService, signIn: BenchSignIn) {
  const url = `${service.baseUrl}/api/events/${service.eventId}/queue/stream`;
  const headers = { Authorization: `Bearer ${signIn.viewerToken(10_000_000)}` };
  const streams = [];
  for (let n = 0; n < 5; n += 1) streams.push(await openStream(url, headers, () => undefined));
  streams.forEach((s) => s.close());
  if (streams.slice(0, 4).some((s) => s.status !== 200)) throw new Error('first four refused');
  return streams[4]!.status;
}

/**
 * One meeting's chair: CHANGES changes, each sent once every viewer has the one before and
 * the rung's pause has passed; paced chairs start spread over one pause, as people do.
 */
async function chair(
  service: BenchService,
  meeting: number,
  rung: Rung,
  signIn: BenchSignIn,
  viewers: ViewerPool,
  deadline: number,
): Promise<Array<[number, number, number]>> {
  const queueUrl = `${service.baseUrl}/api/events/${service.eventIds[meeting]}/queue`;
  const headers = { Authorization: `Bearer ${signIn.chairToken}` };
  const read = await fetch(queueUrl, { headers });
  if (read.status !== 200) throw new Error(`chair reads the queue: HTTP ${read.status}`);
  let version = ((await read.json()) as { queue: { version: number } }).queue.version;
  const sent: Array<[number, number, number]> = [];
  await sleep((meeting * rung.pauseMs) / rung.meetings);
  for (let n = 0; n < CHANGES && performance.now() < deadline; n += 1) {
    const t0 = epochNow();
    const response = await fetch(`${queueUrl}/commands`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(change(n, version)),
    });
    if (response.status !== 200) throw new Error(`change ${n}: HTTP ${response.status}`);
    version = ((await response.json()) as { queue: { version: number } }).queue.version;
    sent.push([meeting, version, t0]);
    await viewers.allHave(meeting, version, WAIT_MS);
    await sleep(rung.pauseMs);
  }
  return sent;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A mix of what a chair does: add speakers, call them, run their timers. */
function change(n: number, baseVersion: number): Record<string, unknown> {
  const step = n % 6;
  if (step === 0) {
    const speaker = { name: `Speaker ${n}`, organization: `Organization ${n % 37}` };
    return { type: 'add', speaker, baseVersion };
  }
  if (step === 1) return { type: 'setCurrentQuestion', questionId: `q${(n % 4) + 1}`, baseVersion };
  const turn = ['callNext', 'startTimer', 'pauseTimer', 'resumeTimer'][step - 2]!;
  return { type: turn, baseVersion };
}

async function cpuMs(services: BenchService[]): Promise<number> {
  let total = 0;
  for (const s of services) total += (await ask<{ cpuMs: number }>(s.child, 'cpu')).cpuMs;
  return total;
}

function print(results: RungResult[]): void {
  const base = results.find((r) => r.rung.instances === 1);
  const cells = [
    ['rung', 'connect s', 'p50 ms', 'p99 ms', 'max ms', 'frames', 'missed'],
    ['KB/frame', 'CPU µs/frame', 'viewers µs', 'peak RSS MB', '5th stream', 'p99/mem', 'CPU/mem'],
  ].flat();
  console.log(`\n  ${cells.map((c, i) => (i === 0 ? c.padEnd(52) : c.padStart(13))).join('')}`);
  for (const r of results) {
    const { meetings, instances, database, pauseMs } = r.rung;
    const pace = pauseMs > 0 ? ` · chairs ${pauseMs} ms apart` : '';
    const label = `${meetings}x${CLIENTS} on ${instances} · ${database.label}${pace}`;
    const row = [
      (r.connectMs / 1000).toFixed(1),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      r.max.toFixed(1),
      `${r.delivered}`,
      `${r.missed}`,
      (r.received / 1024 / Math.max(1, r.delivered)).toFixed(1),
      r.cpuUsPerFrame.toFixed(1),
      ((r.viewerCpuMs * 1000) / Math.max(1, r.delivered)).toFixed(1),
      r.peakRssMb.map((m) => m.toFixed(0)).join('+'),
      `HTTP ${r.fifthStream}`,
      base ? (r.p99 / base.p99).toFixed(2) : '',
      base ? (r.cpuUsPerFrame / base.cpuUsPerFrame).toFixed(2) : '',
    ];
    console.log(`  ${label.padEnd(52)}${row.map((c) => c.padStart(13)).join('')}`);
    if (r.changes < r.rung.meetings * CHANGES)
      console.log(`    stopped after ${r.changes} changes (BENCH_RUNG_SECONDS=${RUNG_SECONDS})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
