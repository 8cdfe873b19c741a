import http from 'node:http';
import zlib from 'node:zlib';
import { once } from 'node:events';
import type { Request, Response } from 'restify';
import { startBot, type BotHarness } from '../support/bot-harness';
import { EVENT_ID } from '../conversation/journey-helpers';
import { EXPORT_GUESS_LIMITS } from '../../core/access/miss-limiter';

const QUEUE = `/api/events/${EVENT_ID}/queue`;
const INSTALL_PATH = process.cwd();

/** A raw request (paths are sent exactly as given, NUL escapes included). */
async function raw(
  base: string,
  path: string,
  options: { method?: string; body?: Buffer; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string; json: any }> {
  const request = http.request(`${base}${path}`, {
    method: options.method ?? 'GET',
    // A fresh connection each time: a kept one may be closed idle while a bomb is compressed.
    agent: false,
    headers: {
      ...(options.body ? { 'Content-Length': String(options.body.length) } : {}),
      ...options.headers,
    },
  });
  request.on('error', () => undefined); // the server may close before all is written
  request.end(options.body);
  const [response] = (await once(request, 'response')) as [http.IncomingMessage];
  let text = '';
  for await (const chunk of response) text += String(chunk);
  const json = response.headers['content-type']?.includes('json') ? JSON.parse(text) : undefined;
  return { status: response.statusCode ?? 0, text, json };
}

/** What an error body may never carry: the install path, a stack, SQL or the error's own text. */
function expectGeneric(answer: { text: string; json: any }, ...secrets: string[]) {
  for (const secret of [INSTALL_PATH, 'SELECT', 'relation', 'column', ...secrets]) {
    expect([secret, answer.text.includes(secret)]).toEqual([secret, false]);
  }
  expect(answer.text).not.toMatch(/\bat \S+ \(|\.[jt]s:\d+/); // no stack frame
  expect(answer.json.requestId).toMatch(/^[0-9a-f-]{36}$/);
}

/** A JSON queue command padded with `size` spaces: compresses to almost nothing. */
const paddedCommand = (version: number, size: number) =>
  Buffer.from(`{"type":"closeList","baseVersion":${version},"pad":"${' '.repeat(size)}"}`);

describe('Hostile probes', () => {
  let bot: BotHarness;
  const version = async () =>
    (await raw(bot.baseUrl, QUEUE, { headers: { 'X-Dev-User': 'chair' } })).json.queue
      .version as number;
  const command = (body: Buffer, headers: Record<string, string>) =>
    raw(bot.baseUrl, `${QUEUE}/commands`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', 'X-Dev-User': 'chair', ...headers },
    });

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
    // Planted routes that fail the way a bug would, registered like any other route.
    bot.server.get('/test/throws', (_req: Request, _res: Response, _next: () => void) => {
      throw new Error(`ENOENT: no such file, open '${INSTALL_PATH}/secret.txt'`);
    });
    bot.server.get('/test/rejects', async () => {
      throw new Error(`ENOENT: no such file, open '${INSTALL_PATH}/secret.txt'`);
    });
  }, 120_000);
  afterAll(() => bot.close());

  it('when a static tab path holds a NUL byte or does not decode, then 400 and the service goes on', async () => {
    for (const path of ['/tab/index.html%00.js', '/tab/%00']) {
      const answer = await raw(bot.baseUrl, path);
      expect([path, answer.status, answer.json.code]).toEqual([path, 400, 'limits.badRequest']);
    }
    // The router itself refuses a path that does not decode.
    const undecodable = await raw(bot.baseUrl, '/tab/%E0%A4%A.js');
    expect([400, 404]).toContain(undecodable.status);
    expectGeneric(undecodable);
    expect((await raw(bot.baseUrl, '/tab/index.html')).status).toBe(200);
  });

  it('when a static tab file is missing, then 404 without the install path', async () => {
    const answer = await raw(bot.baseUrl, '/tab/no-such-file.js');
    expect([answer.status, answer.json.code]).toEqual([404, 'limits.notFound']);
    expectGeneric(answer, 'ENOENT', 'no-such-file');
  });

  it('when a handler throws or rejects, then 500 with a generic body and the next request is served', async () => {
    for (const path of ['/test/throws', '/test/rejects', '/test/throws']) {
      const answer = await raw(bot.baseUrl, path, { headers: { Accept: 'text/plain' } });
      expect([path, answer.status, answer.json.code]).toEqual([path, 500, 'limits.serverError']);
      expect(answer.json.error).toContain(answer.json.requestId);
      expectGeneric(answer, 'ENOENT', 'secret.txt');
    }
    expect((await raw(bot.baseUrl, '/health/live')).status).toBeLessThan(500);
  });

  it('when the database fails under a route, then 500 without the SQL error text', async () => {
    const links = bot.store.calendarLinks;
    const find = links.find;
    const db = (links as unknown as { db: { query(sql: string): Promise<unknown> } }).db;
    links.find = async () => {
      await db.query('SELECT no_such_column FROM calendar_links');
      return undefined;
    };
    try {
      const answer = await raw(bot.baseUrl, `/api/calendar/${'a'.repeat(43)}.ics`);
      expect([answer.status, answer.json.code]).toEqual([500, 'limits.serverError']);
      expectGeneric(answer, 'no_such_column', 'calendar_links');
    } finally {
      links.find = find;
    }
  });

  it('when the JSON is malformed, then 400 without the parser message', async () => {
    const answer = await command(Buffer.from('{"type": nope'), {});
    expect([answer.status, answer.json.code]).toEqual([400, 'limits.badRequest']);
    expectGeneric(answer, 'Unexpected', 'JSON');
  });

  it('when a body is compressed (gzip, deflate, br, any case), then 415 before it is inflated', async () => {
    const before = await version();
    // 50 MB of padding: a few kilobytes on the wire.
    const bomb = paddedCommand(before, 50 * 1024 * 1024);
    const codings: Array<[string, Buffer]> = [
      ['gzip', zlib.gzipSync(bomb)],
      ['deflate', zlib.deflateSync(bomb)],
      ['br', zlib.brotliCompressSync(bomb)],
      ['GZIP', zlib.gzipSync(bomb)],
      ['identity, gzip', zlib.gzipSync(bomb)],
    ];
    for (const [coding, body] of codings) {
      expect(body.length).toBeLessThan(256 * 1024);
      const answer = await command(body, { 'Content-Encoding': coding });
      expect([coding, answer.status, answer.json.code]).toEqual([
        coding,
        415,
        'limits.encodingNotAccepted',
      ]);
    }
    // Nothing ran, and the service still serves.
    expect(await version()).toBe(before);
    const plain = await command(paddedCommand(before, 10), { 'Content-Encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(await version()).toBe(before + 1);
  });

  it('when X-Forwarded-For comes from no trusted proxy, then a new address per guess does not escape the limit', async () => {
    const statuses = [];
    for (let i = 0; i <= EXPORT_GUESS_LIMITS.maxMisses; i++) {
      const answer = await raw(bot.baseUrl, `/api/exports/guess-${i}`, {
        headers: { 'X-Forwarded-For': `198.51.100.${i + 1}` },
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([...Array(EXPORT_GUESS_LIMITS.maxMisses).fill(404), 429]);
  });
});
