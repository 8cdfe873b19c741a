import type { ChildProcess } from 'node:child_process';
import { ask, startService } from './bench-service';
import { startConnectorStandIn } from '../../tests/support/connector-standin';
import { personalChat, teamsUser } from '../../tests/support/teams-activities';
import { validInputs } from '../../tests/conversation/journey-helpers';
import { percentile, runPool } from './bench-stats';

/**
 * `npm run bench:register`: 2,000 people register for the demo dialogue through
 * /api/messages on loopback, 200 simulated users at a time. Each opens the form, takes
 * BENCH_THINK_MS (mean, uniform ±50%) to fill it in, and submits; one in ten submits twice
 * (a double click). A second pass with no thinking time measures the saturated service.
 * Prints throughput, p50/p99 and what landed; asserts nothing.
 */
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 2000);
const USERS = Number(process.env.BENCH_CONCURRENCY ?? 200);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);

interface Service {
  child: ChildProcess;
  url: string;
  eventId: string;
  serviceUrl: string;
}

async function main(): Promise<void> {
  console.log(
    `bench:register  people=${PEOPLE} users=${USERS}  database=${process.env.BENCH_DATABASE_URL ? 'postgresql' : 'pglite (in memory)'}`,
  );
  const connector = await startConnectorStandIn();
  connector.memberFallback = (id) => ({
    id,
    name: 'Bench Person',
    email: `${id.slice(3, 11)}@example.org`,
  });
  for (const [label, think] of [
    [`paced (think ${THINK_MS} ms)`, THINK_MS],
    ['saturated (no think time)', 0],
  ] as const) {
    const service = { ...(await startService()), serviceUrl: connector.serviceUrl };
    try {
      await pass(service, label, think);
    } finally {
      service.child.kill();
    }
  }
  await connector.close();
}

async function pass(service: Service, label: string, thinkMs: number): Promise<void> {
  const post = async (activity: unknown) => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as { value: unknown };
  };
  const openTimes: number[] = [];
  const submitTimes: number[] = [];
  let failures = 0;
  const started = performance.now();
  await runPool(PEOPLE, USERS, async (i) => {
    const chat = personalChat(teamsUser(`Person ${i}`), service.serviceUrl);
    try {
      let t0 = performance.now();
      const open = await post(chat.invoke('registration.open', { eventId: service.eventId }));
      openTimes.push(performance.now() - t0);
      const formId = /"formId":"([^"]+)"/.exec(JSON.stringify(open.value))?.[1];
      if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
      const data = {
        eventId: service.eventId,
        mode: 'create',
        formId,
        ...validInputs({ email: `person${i}@example.org` }),
      };
      for (let n = 0; n < (i % 10 === 0 ? 2 : 1); n += 1) {
        t0 = performance.now();
        await post(chat.invoke('registration.submit', data));
        submitTimes.push(performance.now() - t0);
      }
    } catch {
      failures += 1;
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const counts = await count(service.child);
  const ms = (values: number[], p: number) => percentile(values, p).toFixed(1).padStart(7);
  console.log(`\n  ${label}`);
  console.log(
    `    wall time        ${seconds.toFixed(2)} s, ${(PEOPLE / seconds).toFixed(1)} registrations/s (${((openTimes.length + submitTimes.length) / seconds).toFixed(1)} requests/s)`,
  );
  console.log(
    `    open form        p50 ${ms(openTimes, 50)} ms   p99 ${ms(openTimes, 99)} ms   n=${openTimes.length}`,
  );
  console.log(
    `    submit           p50 ${ms(submitTimes, 50)} ms   p99 ${ms(submitTimes, 99)} ms   n=${submitTimes.length} (incl. double clicks)`,
  );
  console.log(
    `    records landed   ${counts.landed} for ${counts.people} distinct people of ${PEOPLE}; failed journeys ${failures}`,
  );
  console.log(
    `    exactly once     ${counts.landed === PEOPLE && counts.people === PEOPLE && failures === 0 ? 'yes' : 'NO'}`,
  );
}

function count(child: ChildProcess): Promise<{ landed: number; people: number }> {
  return ask(child, 'count');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
