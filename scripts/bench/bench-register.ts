import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startConnectorProcess } from './connector-process';
import { startDirectLineStandIn } from '../../tests/support/directline-standin';
import { webPeople } from './bench-directline';
import { benchDatabases, freshDatabase, peakRssMb, type BenchDatabase } from './bench-databases';
import { startService, type BenchService } from './bench-service';
import { median } from './bench-stats';
import { exactlyOnce, runPass, type PassResult, type PassSettings } from './bench-journeys';

/**
 * `npm run bench:register`: BENCH_PEOPLE people register for the demo dialogue through
 * /api/messages on loopback, BENCH_CONCURRENCY at a time, first against a bare restify +
 * CloudAdapter baseline (precomputed cards, one INSERT per submit), then against the app, in
 * the same run. A paced pass (BENCH_THINK_MS to fill the form in) and a saturated one (no
 * think time), on each database of bench-databases.ts (PGlite in memory, PGlite on disk as
 * `npm start` keeps it, and with BENCH_DATABASE_URL PostgreSQL, there also with
 * BENCH_INSTANCES (default 2) instances on one database). Each pass runs BENCH_ROUNDS (default
 * 3) times, baseline and app taking turns to go first, each on a service warmed up by
 * BENCH_WARMUP (default 100) uncounted registrations, and the table shows each figure's
 * median: on a shared machine one pass's CPU time is noisy. Then the same people and users
 * register on the public page's path, through the Direct Line stand-in (paced, first
 * database), beside the app's Teams pass there. Prints figures; asserts nothing.
 */
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 600);
const USERS = Number(process.env.BENCH_CONCURRENCY ?? 200);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const PG_INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);

interface Target {
  database: BenchDatabase;
  instances: number;
}

/** A pass's medians over its rounds, with the peak memory of its instances. */
type Measured = PassResult & { peakRssMb: number };

async function main(): Promise<void> {
  const targets: Target[] = [];
  for (const database of benchDatabases()) {
    targets.push({ database, instances: 1 });
    if (database.shared && PG_INSTANCES > 1) targets.push({ database, instances: PG_INSTANCES });
  }
  console.log(
    `bench:register  people=${PEOPLE} users=${USERS} per pass after ${WARMUP} uncounted, ${ROUNDS} rounds`,
  );
  const connector = await startConnectorProcess();
  const settings = {
    people: PEOPLE,
    users: USERS,
    warmup: WARMUP,
    serviceUrl: connector.serviceUrl,
  };
  const summary: Array<[string, Measured[]]> = [];
  for (const target of targets) {
    for (const thinkMs of [THINK_MS, 0]) {
      const baseline: Measured[] = [];
      const app: Measured[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? ['baseline', 'app'] : ['app', 'baseline'];
        for (const kind of order) {
          const result = await measure(kind, target, { ...settings, thinkMs });
          (kind === 'app' ? app : baseline).push(result);
        }
      }
      const pace = thinkMs > 0 ? `paced (think ${thinkMs} ms)` : 'saturated (no think time)';
      const instances = `${target.instances} instance${target.instances > 1 ? 's' : ''}`;
      print(`${pace} · ${target.database.label} · ${instances}`, baseline, app);
      summary.push([`${pace.split(' ')[0]} · ${target.database.label} · ${instances}`, app]);
    }
  }
  printSummary(summary);
  connector.close();
  const [first] = targets;
  const teams = summary.find(([label]) => label.startsWith('paced'))?.[1];
  if (first && teams) await directLinePass(first, { ...settings, thinkMs: THINK_MS }, teams);
}

/**
 * The app, paced, with web people through the Direct Line stand-in: tokens from the stand-in,
 * each activity relayed to /api/messages and the replies read back. Prints its figures and
 * their ratio to the Teams pass on the same database.
 */
async function directLinePass(target: Target, settings: PassSettings, teams: Measured[]) {
  const mailDir = await mkdtemp(path.join(tmpdir(), 'bench-mail-'));
  const standIn = await startDirectLineStandIn({});
  const web: Measured[] = [];
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      const database = await freshDatabase(target.database, 'bench_directline');
      const env = { BENCH_SERVICE: 'app', MAIL_DIR: mailDir, ...database.env };
      const service = await startService(env);
      try {
        standIn.botEndpoint = service.url;
        const people = await webPeople(standIn, service, settings.people + (settings.warmup ?? 0));
        const warm = settings.warmup ?? 0;
        // Warm-up people take the last conversations, the counted ones the first.
        const channel = (name: string, i: number) =>
          people(name, name.startsWith('Warm-up') ? settings.people + i : i);
        const result = await runPass([service], { ...settings, warmup: warm, channel });
        web.push({ ...result, peakRssMb: await peakRssMb(service.child.pid) });
      } finally {
        service.child.kill();
        await database.drop();
      }
    }
  } finally {
    await standIn.close();
    await rm(mailDir, { recursive: true, force: true });
  }
  print(`direct line (paced) · ${target.database.label} · web people`, teams, web, [
    'teams',
    'web',
  ]);
}

/** Starts fresh instances of one service kind on one database, runs a pass, stops them. */
async function measure(kind: string, target: Target, settings: PassSettings): Promise<Measured> {
  const database = await freshDatabase(target.database, `bench_${kind}`);
  const env = { BENCH_SERVICE: kind, ...database.env };
  const instances: BenchService[] = [];
  try {
    // One after the other: the first migrates the shared schema, the others find it ready.
    for (let n = 0; n < target.instances; n += 1) instances.push(await startService(env));
    const result = await runPass(instances, settings);
    const peaks = await Promise.all(instances.map((i) => peakRssMb(i.child.pid)));
    return { ...result, peakRssMb: Math.max(...peaks) };
  } finally {
    for (const instance of instances) instance.child.kill();
    await database.drop();
  }
}

/** The app's p99s on each database beside PGlite in memory's, pace by pace. */
function printSummary(summary: Array<[string, Measured[]]>): void {
  console.log('\n  app on each database (medians), ratio to pglite (in memory) at the same pace');
  const head = ['open p99', 'ratio', 'submit p99', 'ratio', 'CPU ms/reg', 'peak RSS MB'];
  console.log(`    ${''.padEnd(50)}${head.map((h) => h.padStart(12)).join('')}`);
  for (const [label, results] of summary) {
    const pace = label.split(' ')[0];
    const base = summary.find(([l]) => l.startsWith(`${pace} · pglite (in memory)`))?.[1];
    const of = (r: Measured[] | undefined, f: (m: Measured) => number) =>
      r ? median(r.map(f)) : Number.NaN;
    const open = of(results, (r) => r.open.p99);
    const submit = of(results, (r) => r.submit.p99);
    const cells = [
      open.toFixed(1),
      (open / of(base, (r) => r.open.p99)).toFixed(2),
      submit.toFixed(1),
      (submit / of(base, (r) => r.submit.p99)).toFixed(2),
      of(results, (r) => r.cpuMsPerRegistration).toFixed(2),
      of(results, (r) => r.peakRssMb).toFixed(0),
    ];
    console.log(`    ${label.padEnd(50)}${cells.map((c) => c.padStart(12)).join('')}`);
  }
}

function print(
  title: string,
  bases: Measured[],
  apps: Measured[],
  names: [string, string] = ['baseline', 'app'],
): void {
  const row = (label: string, of: (r: Measured) => number, digits = 1) => {
    const [b, a] = [median(bases.map(of)), median(apps.map(of))];
    console.log(
      `    ${label.padEnd(22)}${b.toFixed(digits).padStart(10)}${a.toFixed(digits).padStart(10)}${(a / b).toFixed(2).padStart(14)}`,
    );
  };
  console.log(`\n  ${title}`);
  console.log(
    `    ${''.padEnd(22)}${names[0].padStart(10)}${names[1].padStart(10)}${`${names[1]}/${names[0]}`.padStart(14)}`,
  );
  row('registrations/s', (r) => r.perSecond);
  row('open p50 ms', (r) => r.open.p50);
  row('open p99 ms', (r) => r.open.p99);
  row('submit p50 ms', (r) => r.submit.p50);
  row('submit p99 ms', (r) => r.submit.p99);
  row('CPU ms/registration', (r) => r.cpuMsPerRegistration, 2);
  row('queries/registration', (r) => r.queriesPerRegistration, 2);
  row('peak RSS MB', (r) => r.peakRssMb, 0);
  const once = (results: Measured[]) => {
    const failed = results.find((r) => !exactlyOnce(r, PEOPLE));
    return failed ? `NO ${failed.landed}/${failed.people}/${failed.failures}` : 'yes';
  };
  console.log(
    `    ${'exactly once'.padEnd(22)}${once(bases).padStart(10)}${once(apps).padStart(10)}`,
  );
  const ratios = apps.map((a, i) => a.cpuMsPerRegistration / bases[i]!.cpuMsPerRegistration);
  console.log(`    CPU ratio per round   ${ratios.map((r) => r.toFixed(2)).join('  ')}`);
  console.log('    app statements per registration (first round):');
  for (const [text, n] of apps[0]!.statements)
    console.log(`      ${n.toFixed(2).padStart(5)}  ${text}`);
  for (const r of [...bases, ...apps]) if (r.profile) console.log(`    profile ${r.profile}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
