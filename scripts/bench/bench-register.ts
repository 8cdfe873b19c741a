import { dropSchema } from '../../tests/store/store-targets';
import { startConnectorStandIn } from '../../tests/support/connector-standin';
import { startService, type BenchService } from './bench-service';
import { median } from './bench-stats';
import { exactlyOnce, runPass, type PassResult, type PassSettings } from './bench-journeys';

/**
 * `npm run bench:register`: BENCH_PEOPLE people register for the demo dialogue through
 * /api/messages on loopback, BENCH_CONCURRENCY at a time, first against a bare restify +
 * CloudAdapter baseline (precomputed cards, one INSERT per submit), then against the app, in
 * the same run. A paced pass (BENCH_THINK_MS to fill the form in) and a saturated one (no
 * think time). With BENCH_DATABASE_URL the same passes also run on PostgreSQL, there with
 * BENCH_INSTANCES (default 2) instances on one database. Each pass runs BENCH_ROUNDS (default
 * 3) times, baseline and app taking turns to go first, each on a service warmed up by
 * BENCH_WARMUP (default 100) uncounted registrations, and the table shows each figure's
 * median: on a shared machine one pass's CPU time is noisy. Prints figures; asserts nothing.
 */
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 600);
const USERS = Number(process.env.BENCH_CONCURRENCY ?? 200);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const PG_URL = process.env.BENCH_DATABASE_URL ?? '';
const PG_INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);

interface Target {
  label: string;
  databaseUrl: string;
  instances: number;
}

async function main(): Promise<void> {
  const targets: Target[] = [{ label: 'pglite (in memory)', databaseUrl: '', instances: 1 }];
  if (PG_URL) {
    targets.push({ label: 'postgresql', databaseUrl: PG_URL, instances: 1 });
    if (PG_INSTANCES > 1)
      targets.push({ label: 'postgresql', databaseUrl: PG_URL, instances: PG_INSTANCES });
  }
  console.log(
    `bench:register  people=${PEOPLE} users=${USERS} per pass after ${WARMUP} uncounted, ${ROUNDS} rounds`,
  );
  const connector = await startConnectorStandIn();
  connector.memberFallback = (id) => ({
    id,
    name: 'Bench Person',
    email: `${id.slice(3, 11)}@example.org`,
  });
  const settings = {
    people: PEOPLE,
    users: USERS,
    warmup: WARMUP,
    serviceUrl: connector.serviceUrl,
  };
  for (const target of targets) {
    for (const thinkMs of [THINK_MS, 0]) {
      const baseline: PassResult[] = [];
      const app: PassResult[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? ['baseline', 'app'] : ['app', 'baseline'];
        for (const kind of order) {
          const result = await measure(kind, target, { ...settings, thinkMs });
          (kind === 'app' ? app : baseline).push(result);
        }
      }
      const pace = thinkMs > 0 ? `paced (think ${thinkMs} ms)` : 'saturated (no think time)';
      const instances = `${target.instances} instance${target.instances > 1 ? 's' : ''}`;
      print(`${pace} · ${target.label} · ${instances}`, baseline, app);
    }
  }
  await connector.close();
}

/** Starts fresh instances of one service kind on one database, runs a pass, stops them. */
async function measure(kind: string, target: Target, settings: PassSettings): Promise<PassResult> {
  const env = {
    BENCH_SERVICE: kind,
    BENCH_DATABASE_URL: target.databaseUrl,
    BENCH_SCHEMA: `bench_${kind}_${Date.now()}`,
  };
  const instances: BenchService[] = [];
  try {
    // One after the other: the first migrates the shared schema, the others find it ready.
    for (let n = 0; n < target.instances; n += 1) instances.push(await startService(env));
    return await runPass(instances, settings);
  } finally {
    for (const instance of instances) instance.child.kill();
    if (target.databaseUrl) await dropSchema(target.databaseUrl, env.BENCH_SCHEMA);
  }
}

function print(title: string, bases: PassResult[], apps: PassResult[]): void {
  const row = (label: string, of: (r: PassResult) => number, digits = 1) => {
    const [b, a] = [median(bases.map(of)), median(apps.map(of))];
    console.log(
      `    ${label.padEnd(22)}${b.toFixed(digits).padStart(10)}${a.toFixed(digits).padStart(10)}${(a / b).toFixed(2).padStart(14)}`,
    );
  };
  console.log(`\n  ${title}`);
  console.log(
    `    ${''.padEnd(22)}${'baseline'.padStart(10)}${'app'.padStart(10)}${'app/baseline'.padStart(14)}`,
  );
  row('registrations/s', (r) => r.perSecond);
  row('open p50 ms', (r) => r.open.p50);
  row('open p99 ms', (r) => r.open.p99);
  row('submit p50 ms', (r) => r.submit.p50);
  row('submit p99 ms', (r) => r.submit.p99);
  row('CPU ms/registration', (r) => r.cpuMsPerRegistration, 2);
  row('queries/registration', (r) => r.queriesPerRegistration, 2);
  const once = (results: PassResult[]) => {
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
