import { request } from 'node:http';
import { EVENT_ID } from '../conversation/journey-helpers';
import { TEST_OUTBOX } from '../outbox/outbox-helpers';
import { startBot, type BotHarness } from '../support/bot-harness';
import { seedStatements } from './input-scene';
import { countingStore } from './counting-client';

const PAGE = `/events/${EVENT_ID}/inputs`;
const LIMIT = 80;
const START_MS = 120_000;

/** GET from a loopback address of our choosing, so the read limit counts it apart. */
function getFrom(address: string, url: string): Promise<{ status: number; retryAfter?: string }> {
  return new Promise((resolve, reject) => {
    request(url, { localAddress: address }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/**
 * The public page and feeds under polling: read from the database once per change, not per
 * request; unchanged representations answered 304; a publish shows at once; a flood from
 * one address refused with 429.
 */
describe('Published written input under polling', () => {
  let bot: BotHarness;
  let scene: Awaited<ReturnType<typeof seedStatements>>;
  let reads: Awaited<ReturnType<typeof countingStore>>;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${bot.baseUrl}${path}`, { headers });
  const review = (id: string, decision: string, reason = 'Not for the public') =>
    fetch(`${bot.baseUrl}/api/events/${EVENT_ID}/inputs/${id}/review`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dev-User': 'chair' },
      body: JSON.stringify({ decision, reason }),
    });

  beforeAll(async () => {
    // Every statement that reads registrations: the old page read all of them per request.
    reads = await countingStore(/FROM registrations/);
    bot = await startBot({
      now: '2024-02-29T15:00:00Z',
      outbox: TEST_OUTBOX,
      store: reads.store,
      publicReadLimits: { maxMisses: LIMIT, windowMs: 60_000, maxKeys: 100 },
    });
    scene = await seedStatements(bot);
    expect((await review(scene.inputs.academia.id, 'publish')).status).toBe(200);
  }, START_MS);
  afterAll(() => bot?.close());

  it('when 50 readers ask for the page at once, then the statements are read from the database once', async () => {
    await get(`${PAGE}.json`); // the event's definition and listening are in place
    await review(scene.inputs.technical.id, 'publish');
    reads.reset();
    const responses = await Promise.all(Array.from({ length: 50 }, () => get(PAGE)));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(bodies.every((b) => b.includes('Open Standards Institute'))).toBe(true);
    expect(new Set(responses.map((r) => r.headers.get('etag'))).size).toBe(1);
    expect(reads.count()).toBe(1);
  });

  it('when a reader sends back the ETag or the date they have, then the answer is 304 without a body', async () => {
    const first = await get(`${PAGE}.atom?lang=fr`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=30',
    );
    expect(first.headers.get('vary')).toBeNull(); // the language is in the URL
    const byTag = await get(`${PAGE}.atom?lang=fr`, { 'If-None-Match': etag });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    expect(byTag.headers.get('etag')).toBe(etag);
    const byDate = await get(`${PAGE}.atom?lang=fr`, {
      'If-Modified-Since': first.headers.get('last-modified')!,
    });
    expect(byDate.status).toBe(304);
    const english = await get(`${PAGE}.atom`, { 'If-None-Match': etag });
    expect(english.status).toBe(200);
    expect(english.headers.get('vary')).toBe('Accept-Language');
  });

  it('when a statement is published or withheld, then the page, feeds and ETags change at once', async () => {
    const before = await get(PAGE);
    const etag = before.headers.get('etag')!;
    expect(await before.text()).not.toContain('Acme Secure Ltd');
    expect((await review(scene.inputs.business.id, 'publish')).status).toBe(200);
    const after = await get(PAGE, { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('Acme Secure Ltd');
    expect(await (await get(`${PAGE}.json`)).text()).toContain(scene.inputs.business.id);
    expect((await review(scene.inputs.business.id, 'withhold')).status).toBe(200);
    expect(await (await get(PAGE)).text()).not.toContain('Acme Secure Ltd');
    expect(await (await get(`${PAGE}.json`)).text()).not.toContain(scene.inputs.business.id);
  });

  it('when a published file is asked for again with its ETag, then 304, and once withheld, 404', async () => {
    const url = `${PAGE}/${scene.inputs.technical.id}/file`;
    const first = await get(url);
    expect(first.status).toBe(200);
    const again = await get(url, { 'If-None-Match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect((await review(scene.inputs.technical.id, 'withhold')).status).toBe(200);
    expect((await get(url, { 'If-None-Match': first.headers.get('etag')! })).status).toBe(404);
  });

  it('when one address floods the public routes, then it gets 429 with Retry-After and others do not', async () => {
    const url = `${bot.baseUrl}${PAGE}.json`;
    for (let i = 0; i < LIMIT; i += 1) {
      expect((await getFrom('127.0.0.2', url)).status).toBe(200);
    }
    const refused = await getFrom('127.0.0.2', url);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await getFrom('127.0.0.2', `${bot.baseUrl}${PAGE}/x/file`)).status).toBe(429);
    expect((await getFrom('127.0.0.3', url)).status).toBe(200);
  });
});
