import { personalChat, teamsUser } from '../../tests/support/teams-activities';
import { validInputs } from '../../tests/conversation/journey-helpers';
import { ask, type BenchService } from './bench-service';
import { percentile, runPool } from './bench-stats';

/** What one pass against one service (of one or more instances) measured. */
export interface PassResult {
  perSecond: number;
  open: { p50: number; p99: number };
  submit: { p50: number; p99: number };
  cpuMsPerRegistration: number;
  queriesPerRegistration: number;
  /** Statements per registration by their first words, largest first. */
  statements: [string, number][];
  landed: number;
  people: number;
  failures: number;
  /** With BENCH_PROFILE: the CPU profile of the pass on the first instance. */
  profile?: string;
}

export interface PassSettings {
  people: number;
  users: number;
  /** Mean time a person takes to fill the form in (uniform ±50%); 0 for a saturated pass. */
  thinkMs: number;
  /** People who register before the pass, not counted in its figures (default none). */
  warmup?: number;
  serviceUrl: string;
  /**
   * How person `i` reaches the bot (`on(n)`: the n-th instance from theirs): Teams through
   * /api/messages by default; the Direct Line pass gives its own (bench-directline.ts).
   */
  channel?: (name: string, i: number, on: (n: number) => string) => BenchPerson;
}

/** One person's two requests: open the form (its formId back), and submit it. */
export interface BenchPerson {
  open(eventId: string): Promise<string | undefined>;
  submit(on: number, data: Record<string, unknown>): Promise<void>;
}

/** A Teams person: invokes on /api/messages, the card in the response body. */
function teamsPerson(name: string, serviceUrl: string, on: (n: number) => string): BenchPerson {
  const chat = personalChat(teamsUser(name), serviceUrl);
  return {
    async open(eventId) {
      const open = await post(on(0), chat.invoke('registration.open', { eventId }));
      return /"formId":"([^"]+)"/.exec(JSON.stringify(open))?.[1];
    },
    async submit(n, data) {
      await post(on(n), chat.invoke('registration.submit', data));
    },
  };
}

/**
 * `people` registrations, `users` at a time: open the form, think, submit, think; one in ten
 * submits twice (a double click). Thinking takes `thinkMs` on average, uniform ±50%. With
 * several instances the submit goes to the next instance and the double click to the one
 * after, as a load balancer would spread them. Before the pass, `warmup` other people
 * register, uncounted, so that the figures are those of a running service (JIT-compiled
 * code, open database connections, event read) and not of its first second.
 */
export async function runPass(instances: BenchService[], s: PassSettings): Promise<PassResult> {
  const eventId = instances[0]!.eventId;
  const warmup = s.warmup ?? 0;
  const openTimes: number[] = [];
  const submitTimes: number[] = [];
  let failures = 0;
  const journey = async (name: string, i: number, thinkMs: number, timed: boolean) => {
    const think = () => (thinkMs > 0 ? sleep(thinkMs * (0.5 + Math.random())) : undefined);
    const on = (n: number) => instances[(i + n) % instances.length]!.url;
    const person = s.channel ? s.channel(name, i, on) : teamsPerson(name, s.serviceUrl, on);
    let t0 = performance.now();
    const formId = await person.open(eventId);
    if (timed) openTimes.push(performance.now() - t0);
    if (!formId) throw new Error('no form');
    await think();
    const data = {
      eventId,
      mode: 'create',
      formId,
      ...validInputs({ email: `p${i}@example.org` }),
    };
    for (let n = 1; n <= (i % 10 === 0 ? 2 : 1); n += 1) {
      t0 = performance.now();
      await person.submit(n, data);
      if (timed) submitTimes.push(performance.now() - t0);
    }
    await think();
  };
  await runPool(warmup, Math.min(s.users, 20), async (i) => {
    await journey(`Warm-up ${i}`, i, 0, false).catch(() => (failures += 1));
  });
  const cpuBefore = await cpuMs(instances);
  const queriesBefore = await queries(instances);
  if (process.env.BENCH_PROFILE) await ask(instances[0]!.child, 'profile:start');
  const started = performance.now();
  await runPool(s.people, s.users, async (i) => {
    // Users arrive over the first think time, not all in the same millisecond.
    if (i < s.users && s.thinkMs > 0) await sleep(s.thinkMs * Math.random());
    await journey(`Person ${i}`, i, s.thinkMs, true).catch(() => (failures += 1));
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = await cpuMs(instances);
  const queriesAfter = await queries(instances);
  const profiled = process.env.BENCH_PROFILE
    ? await ask<{ file: string }>(instances[0]!.child, 'profile:stop')
    : undefined;
  const counts = await ask<{ landed: number; people: number }>(instances[0]!.child, 'count');
  const quantiles = (v: number[]) => ({ p50: percentile(v, 50), p99: percentile(v, 99) });
  return {
    perSecond: s.people / seconds,
    open: quantiles(openTimes),
    submit: quantiles(submitTimes),
    cpuMsPerRegistration: (cpuAfter - cpuBefore) / s.people,
    queriesPerRegistration: (queriesAfter.total - queriesBefore.total) / s.people,
    statements: perRegistration(queriesBefore.statements, queriesAfter.statements, s.people),
    landed: counts.landed - warmup,
    people: counts.people - warmup,
    failures,
    ...(profiled ? { profile: profiled.file } : {}),
  };
}

/** Whether every person landed exactly once and no journey failed. */
export function exactlyOnce(r: PassResult, people: number): boolean {
  return r.landed === people && r.people === people && r.failures === 0;
}

async function cpuMs(instances: BenchService[]): Promise<number> {
  let total = 0;
  for (const instance of instances)
    total += (await ask<{ cpuMs: number }>(instance.child, 'cpu')).cpuMs;
  return total;
}

interface Counted {
  total: number;
  statements: Map<string, number>;
}

async function queries(instances: BenchService[]): Promise<Counted> {
  const counted: Counted = { total: 0, statements: new Map() };
  for (const instance of instances) {
    const answer = await ask<{ queries: number; statements: Record<string, number> }>(
      instance.child,
      'queries',
    );
    counted.total += answer.queries;
    for (const [text, n] of Object.entries(answer.statements))
      counted.statements.set(text, (counted.statements.get(text) ?? 0) + n);
  }
  return counted;
}

function perRegistration(
  before: Map<string, number>,
  after: Map<string, number>,
  people: number,
): [string, number][] {
  return [...after]
    .map(([text, n]): [string, number] => [text, (n - (before.get(text) ?? 0)) / people])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
}

export async function post(url: string, activity: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { value: unknown }).value;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
