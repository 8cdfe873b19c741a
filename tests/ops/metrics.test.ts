import { startBot, type BotHarness } from '../support/bot-harness';
import { teamsUser } from '../support/teams-activities';
import { EVENT_ID, register } from '../conversation/journey-helpers';
import { openSse } from '../queue/sse-client';
import { parseMetrics, valueOf, type Sample } from './prometheus-text';

const QUEUE = `/api/events/${EVENT_ID}/queue`;
const QUEUE_ROUTE = '/api/events/:eventId/queue';
const OPEN = '2024-02-20T15:00:00Z';

/** Polls `read` until `accept` holds; streams end asynchronously on the server side. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * `/metrics` on the real service (port 0, embedded database): the counters and gauges move
 * with the requests, streams, queue commands and registrations the service handles.
 */
describe('Prometheus metrics', () => {
  let bot: BotHarness;
  const as = (user: string) => ({ 'X-Dev-User': user, 'Content-Type': 'application/json' });
  const scrape = async (): Promise<Sample[]> => {
    const response = await fetch(`${bot.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    return parseMetrics(await response.text());
  };
  const command = (body: Record<string, unknown>) =>
    fetch(`${bot.baseUrl}${QUEUE}/commands`, {
      method: 'POST',
      headers: as('chair'),
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    bot = await startBot({ now: OPEN });
  });
  afterAll(() => bot.close());

  it('when scraped, then it answers the text format 0.0.4 with the process metrics', async () => {
    const response = await fetch(`${bot.baseUrl}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseMetrics(await response.text());
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'nodejs_heap_size_used_bytes')).toBe(true);
  });

  it('when requests are answered, then they are counted and timed by route pattern, not by URL', async () => {
    const labels = { method: 'GET', route: QUEUE_ROUTE, status: '200' };
    const before = await scrape();
    for (let i = 0; i < 3; i++) {
      expect((await fetch(`${bot.baseUrl}${QUEUE}`, { headers: as('chair') })).status).toBe(200);
    }
    await fetch(`${bot.baseUrl}/no/such/${Date.now()}`);
    const after = await scrape();
    expect(valueOf(after, 'http_requests_total', labels)).toBe(
      valueOf(before, 'http_requests_total', labels) + 3,
    );
    expect(valueOf(after, 'http_request_duration_seconds_count', labels)).toBe(
      valueOf(before, 'http_request_duration_seconds_count', labels) + 3,
    );
    const unmatched = { route: 'unmatched', status: '404' };
    expect(valueOf(after, 'http_requests_total', unmatched)).toBe(
      valueOf(before, 'http_requests_total', unmatched) + 1,
    );
    expect(after.some((s) => s.labels.route?.includes(EVENT_ID))).toBe(false);
  });

  it('when a stream opens and closes, then the open-stream gauge goes up and back down', async () => {
    const gauge = async () => valueOf(await scrape(), 'queue_stream_clients');
    const start = await gauge();
    const client = await openSse(`${bot.baseUrl}${QUEUE}/stream`, { 'X-Dev-User': 'chair' });
    expect(client.status).toBe(200);
    expect(await eventually(gauge, (open) => open === start + 1)).toBe(start + 1);
    client.close();
    expect(await eventually(gauge, (open) => open === start)).toBe(start);
  });

  it('when queue commands are applied or refused, then they are counted by outcome', async () => {
    const before = await scrape();
    const state = await fetch(`${bot.baseUrl}${QUEUE}`, { headers: as('chair') });
    const version = ((await state.json()) as any).queue.version as number;
    expect((await command({ type: 'closeList', baseVersion: version })).status).toBe(200);
    expect((await command({ type: 'openList', baseVersion: version })).status).toBe(409);
    expect((await command({ type: 'dance', baseVersion: version })).status).toBe(400);
    const after = await scrape();
    for (const outcome of ['ok', 'stale', 'invalid']) {
      const name = 'speaking_queue_commands_total';
      expect({ outcome, count: valueOf(after, name, { outcome }) }).toEqual({
        outcome,
        count: valueOf(before, name, { outcome }) + 1,
      });
    }
  });

  it('when a person registers, then one registration is counted, and not again for a duplicate', async () => {
    const before = valueOf(await scrape(), 'registrations_created_total');
    const amina = teamsUser('Amina Diallo');
    await register(bot, amina);
    expect(valueOf(await scrape(), 'registrations_created_total')).toBe(before + 1);
    await register(bot, amina);
    expect(valueOf(await scrape(), 'registrations_created_total')).toBe(before + 1);
    expect(await bot.store.registrations.listForEvent(EVENT_ID)).toHaveLength(1);
  });

  it('then the outbox depth is exposed, counting the messages still to deliver', async () => {
    const depth = (await scrape()).find((s) => s.name === 'outbox_depth');
    expect(depth?.value).toBe(await bot.store.outbox.depth());
  });

  it('then the outbox backlog is exposed by why, as the store counts it', async () => {
    const samples = await scrape();
    const backlog = await bot.store.outbox.backlog(bot.clock.now());
    for (const [reason, count] of Object.entries(backlog))
      expect([reason, valueOf(samples, 'outbox_backlog', { reason })]).toEqual([reason, count]);
    expect(samples.filter((s) => s.name === 'outbox_backlog')).toHaveLength(5);
  });
});

describe('Prometheus metrics behind METRICS_TOKEN', () => {
  const TOKEN = 'metrics-token-0123456789';
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ now: OPEN, env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => bot.close());

  const scrape = (authorization?: string) =>
    fetch(`${bot.baseUrl}/metrics`, authorization ? { headers: { authorization } } : {});

  it('when the bearer token is missing or wrong, then 401 and no metrics', async () => {
    const spaces = `Bearer${' '.repeat(8000)}`;
    for (const authorization of [
      undefined,
      `Bearer ${TOKEN}x`,
      TOKEN,
      'Bearer ',
      spaces,
      `Bearer${TOKEN}`,
    ]) {
      const response = await scrape(authorization);
      expect({ authorization, status: response.status }).toEqual({ authorization, status: 401 });
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain('http_requests_total');
    }
  });

  it('when the bearer token is right, then the metrics are served', async () => {
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect((await scrape(`bearer \t  ${TOKEN}  `)).status).toBe(200);
    expect(await response.text()).toContain('# TYPE http_requests_total counter');
  });
});
