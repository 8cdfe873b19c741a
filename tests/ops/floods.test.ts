import http from 'node:http';
import { once } from 'node:events';
import { startBot, type BotHarness } from '../support/bot-harness';
import { personalChat, teamsUser } from '../support/teams-activities';
import { EVENT_ID } from '../conversation/journey-helpers';
import { openSse, type SseClient } from '../queue/sse-client';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from '../../bot/platform/http/request-limits';
import { EXPORT_GUESS_LIMITS } from '../../core/access/miss-limiter';
import { cardOf } from '../support/card-inspect';

const QUEUE = `/api/events/${EVENT_ID}/queue`;

/** Sends `body` with any method (GET included) and optionally no Content-Length (chunked). */
async function send(
  base: string,
  method: string,
  path: string,
  body: Buffer,
  chunked = false,
): Promise<{ status: number; body: any }> {
  const request = http.request(`${base}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'X-Dev-User': 'chair',
      ...(chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': body.length }),
    },
  });
  request.on('error', () => undefined); // the server may close before all is written
  request.end(body);
  const [response] = (await once(request, 'response')) as [http.IncomingMessage];
  let text = '';
  for await (const chunk of response) text += String(chunk);
  return { status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined };
}

describe('Floods and oversized input', () => {
  let bot: BotHarness;
  const streams: SseClient[] = [];
  const chair = teamsUser('Katherine Prizeman');
  const version = async () => {
    const r = await fetch(`${bot.baseUrl}${QUEUE}`, { headers: { 'X-Dev-User': 'chair' } });
    return ((await r.json()) as any).queue.version as number;
  };

  beforeAll(async () => {
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      // The test client stands in for App Service's front end: its X-Forwarded-For is believed.
      env: { CHAIR_TEAM: chair.aadObjectId, TRUSTED_PROXIES: '127.0.0.1,::1' },
      streamLimits: { perUser: 2, total: 3 },
    });
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await bot.close();
  });

  it('when any route gets a body over the limit, then it answers 413 with the catalog text', async () => {
    const routes = Object.values(bot.server.router.getRoutes()) as Array<{
      method: string;
      path: string;
    }>;
    expect(routes.length).toBeGreaterThan(20);
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const answers = [];
    for (const route of routes) {
      const path = route.path.replace(/:\w+/g, 'x').replace(/\*$/, 'index.html');
      const { status, body } = await send(bot.baseUrl, route.method, path, big);
      answers.push([route.method, route.path, status, body?.code]);
    }
    expect(
      answers.filter(([, , status, code]) => status !== 413 || code !== 'limits.bodyTooLarge'),
    ).toEqual([]);
  });

  it('when a chunked body grows past the limit while read, then 413 too and nothing changes', async () => {
    const before = await version();
    const huge = Buffer.from(
      `{"type":"closeList","baseVersion":${before},"x":"${'a'.repeat(MAX_BODY_BYTES)}"}`,
    );
    const answer = await send(bot.baseUrl, 'POST', `${QUEUE}/commands`, huge, true);
    expect([answer.status, answer.body.code]).toEqual([413, 'limits.bodyTooLarge']);
    expect(answer.body.error).toContain('512 KB');
    expect(await version()).toBe(before);
  });

  it('when JSON is nested deeper than the limit, then 400 and nothing changes', async () => {
    const before = await version();
    const nest = (depth: number, inner: string) =>
      '{"a":'.repeat(depth) + inner + '}'.repeat(depth);
    const deep = `{"type":"closeList","baseVersion":${before},"x":${nest(50_000, '1')}}`;
    for (const path of [`${QUEUE}/commands`, '/api/messages']) {
      const answer = await send(bot.baseUrl, 'POST', path, Buffer.from(deep));
      expect([path, answer.status, answer.body.code]).toEqual([path, 400, 'limits.tooDeep']);
    }
    const shallow = `{"type":"closeList","baseVersion":${before},"x":${nest(MAX_JSON_DEPTH - 2, '1')}}`;
    expect(
      (await send(bot.baseUrl, 'POST', `${QUEUE}/commands`, Buffer.from(shallow))).status,
    ).toBe(200);
    expect(await version()).toBe(before + 1);
  });

  it('when one person opens more streams than allowed, then 429; when the instance is full, then 503', async () => {
    const open = (user: string) => openSse(`${bot.baseUrl}${QUEUE}/stream`, { 'X-Dev-User': user });
    streams.push(await open('chair'), await open('chair'));
    const third = await open('chair');
    expect(third.status).toBe(429);
    streams.push(await open('delegate-a'));
    const full = await open('delegate-b');
    expect(full.status).toBe(503);
    expect(streams.map((s) => s.status)).toEqual([200, 200, 200]);
    streams.shift()?.close();
    let again: SseClient | undefined;
    // The server learns of the closed stream when its socket closes; retry until then.
    for (let i = 0; i < 50 && again?.status !== 200; i++) {
      again?.close();
      again = await open('chair');
    }
    expect(again?.status).toBe(200);
    streams.push(again!);
  });

  it('when export tokens are guessed, then each is 404 and the address is then refused 429', async () => {
    const guess = (token: string, from: string) =>
      fetch(`${bot.baseUrl}/api/exports/${token}`, { headers: { 'X-Forwarded-For': from } });
    const statuses = [];
    for (let i = 0; i <= EXPORT_GUESS_LIMITS.maxMisses; i++) {
      statuses.push((await guess(`guess-${i}`, '203.0.113.7')).status);
    }
    expect(statuses).toEqual([...Array(EXPORT_GUESS_LIMITS.maxMisses).fill(404), 429]);
    await bot.post(personalChat(chair, bot.connector.serviceUrl).message('export'));
    const token = JSON.stringify(cardOf(bot.takeSent()[0])).match(
      /api\/exports\/([A-Za-z0-9_-]+)/,
    )?.[1];
    expect(token).toBeDefined();
    // Even the right token yields nothing to a blocked address, and stays unused for others.
    const blocked = await guess(token!, '203.0.113.7');
    expect([blocked.status, ((await blocked.json()) as any).code]).toEqual([
      429,
      'limits.tooManyAttempts',
    ]);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await guess(token!, '198.51.100.2')).status).toBe(200);
  });

  it('when calendar tokens are guessed, then each is 404 and the address is then refused 429', async () => {
    const guess = (n: number, from: string) =>
      fetch(`${bot.baseUrl}/api/calendar/guess-${String(n).padStart(20, '0')}.ics`, {
        headers: { 'X-Forwarded-For': `${from}:52345` },
      });
    const statuses = [];
    for (let i = 0; i <= EXPORT_GUESS_LIMITS.maxMisses; i++) {
      statuses.push((await guess(i, '203.0.113.9')).status);
    }
    expect(statuses).toEqual([...Array(EXPORT_GUESS_LIMITS.maxMisses).fill(404), 429]);
    expect((await guess(99, '198.51.100.9')).status).toBe(404);
  });
});
