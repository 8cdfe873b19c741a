import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { once } from 'node:events';
import zlib from 'node:zlib';
import { startBot, type BotHarness } from '../support/bot-harness';
import { personalChat, teamsUser } from '../support/teams-activities';
import { EVENT_ID } from '../conversation/journey-helpers';

const DIST = path.resolve(__dirname, '..', '..', 'tab', 'dist');
const SURFACES = JSON.parse(readFileSync(path.join(DIST, 'surfaces.json'), 'utf8')) as {
  css: string;
  main: string[];
  surfaces: Record<string, string[]>;
};
/** The aim of issue 26: the side panel's scripts, style and page at most 200 KB compressed. */
const PANEL_BUDGET_BYTES = 200 * 1024;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent, before any decoding. */
  body: Buffer;
}

async function get(base: string, target: string, headers: Record<string, string> = {}) {
  const request = http.request(`${base}${target}`, { agent: false, headers });
  request.end();
  const [response] = (await once(request, 'response')) as [http.IncomingMessage];
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return {
    status: response.statusCode ?? 0,
    headers: response.headers,
    body: Buffer.concat(chunks),
  };
}

function decoded(answer: Answer): Buffer {
  switch (answer.headers['content-encoding']) {
    case 'br':
      return zlib.brotliDecompressSync(answer.body);
    case 'gzip':
      return zlib.gunzipSync(answer.body);
    case undefined:
      return answer.body;
    default:
      throw new Error(`unexpected encoding ${answer.headers['content-encoding']}`);
  }
}

describe('Tab delivery: compressed, cached by content hash, one language per page', () => {
  let bot: BotHarness;
  const mainScript = SURFACES.main[0]!;

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
  }, 120_000);
  afterAll(() => bot.close());

  it('when a client accepts brotli or gzip, then the script comes so encoded and decodes to the file', async () => {
    const file = readFileSync(path.join(DIST, mainScript));
    const br = await get(bot.baseUrl, `/tab/${mainScript}`, { 'Accept-Encoding': 'gzip, br' });
    const gz = await get(bot.baseUrl, `/tab/${mainScript}`, { 'Accept-Encoding': 'gzip' });
    expect([br.headers['content-encoding'], gz.headers['content-encoding']]).toEqual([
      'br',
      'gzip',
    ]);
    expect(decoded(br).equals(file)).toBe(true);
    expect(decoded(gz).equals(file)).toBe(true);
    expect(br.body.length).toBeLessThan(file.length / 2);
    expect(br.headers.vary).toContain('Accept-Encoding');
  });

  it('when a client accepts no compression, then it gets the identity bytes', async () => {
    const file = readFileSync(path.join(DIST, mainScript));
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0', 'compress', '']) {
      const answer = await get(
        bot.baseUrl,
        `/tab/${mainScript}`,
        accept === undefined ? {} : { 'Accept-Encoding': accept },
      );
      expect([accept, answer.status, answer.headers['content-encoding']]).toEqual([
        accept,
        200,
        undefined,
      ]);
      expect(answer.body.equals(file)).toBe(true);
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    }
  });

  it('when files carry their content hash, then they are cached for a year; pages are revalidated', async () => {
    const script = await get(bot.baseUrl, `/tab/${mainScript}`);
    const style = await get(bot.baseUrl, `/tab/${SURFACES.css}`);
    const page = await get(bot.baseUrl, '/tab/index.html');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(style.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString()).toContain(`src="${mainScript}"`);
    const again = await get(bot.baseUrl, '/tab/index.html', {
      'If-None-Match': String(page.headers.etag),
    });
    expect([again.status, again.body.length]).toEqual([304, 0]);
  });

  it('when the page is asked in Arabic, then its skeleton, direction and inline texts are Arabic', async () => {
    const page = decoded(
      await get(bot.baseUrl, '/tab/index.html?view=panel&lang=ar', { 'Accept-Encoding': 'br' }),
    ).toString();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('جارٍ التحميل…');
    const inline = /<script type="application\/json" id="tab-texts">(.*?)<\/script>/s.exec(page);
    const texts = JSON.parse(inline?.[1] ?? '{}') as { language: string; texts: object };
    expect(texts.language).toBe('ar');
    expect(Object.keys(texts.texts).every((key) => key.startsWith('tab.'))).toBe(true);
  });

  it('when Accept-Language names Chinese and no ?lang is given, then the page is Chinese', async () => {
    const page = await get(bot.baseUrl, '/tab/index.html', { 'Accept-Language': 'zh-CN,zh;q=0.9' });
    expect(page.body.toString()).toContain('<html lang="zh" dir="ltr">');
    expect(page.headers.vary).toContain('Accept-Language');
  });

  it("when ?lang= is Teams' {locale} left unfilled (a browser), then Accept-Language decides", async () => {
    const page = await get(bot.baseUrl, '/tab/index.html?view=organizer&lang={locale}', {
      'Accept-Language': 'zh-CN,zh;q=0.9',
    });
    expect(page.body.toString()).toContain('<html lang="zh" dir="ltr">');
  });

  it('when the language or theme is unknown, then the page falls back to English and the light theme', async () => {
    const page = (await get(bot.baseUrl, '/tab/?lang=xx-NOPE&theme=%3Cscript%3E')).body.toString();
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).not.toContain('data-theme');
    expect(page).toContain('Loading…');
  });

  it('when the side panel loads, then its page preloads its own scripts and none of the organizer', async () => {
    const page = (await get(bot.baseUrl, '/tab/index.html?view=panel')).body.toString();
    const organizerOnly = SURFACES.surfaces.organizer!.filter(
      (file) => !SURFACES.surfaces.panel!.includes(file),
    );
    expect(organizerOnly.length).toBeGreaterThan(0);
    for (const file of SURFACES.surfaces.panel!) expect(page).toContain(`href="${file}"`);
    for (const file of organizerOnly) expect(page).not.toContain(file);
  });

  it('when the side panel is counted compressed, then it stays within 200 KB', () => {
    const files = [SURFACES.css, ...SURFACES.main, ...SURFACES.surfaces.panel!];
    const bytes = files.reduce(
      (sum, file) => sum + statSync(path.join(DIST, `${file}.br`)).size,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(PANEL_BUDGET_BYTES);
  });

  it('when an API answer is large, then it is compressed as accepted; small ones and refusers get plain JSON', async () => {
    const plain = await get(bot.baseUrl, '/api/i18n/ru');
    const br = await get(bot.baseUrl, '/api/i18n/ru', { 'Accept-Encoding': 'br' });
    const gz = await get(bot.baseUrl, '/api/i18n/ru', { 'Accept-Encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect([br.headers['content-encoding'], gz.headers['content-encoding']]).toEqual([
      'br',
      'gzip',
    ]);
    expect(decoded(br).equals(plain.body)).toBe(true);
    expect(decoded(gz).equals(plain.body)).toBe(true);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(plain.body.toString()).language).toBe('ru');
    const small = await get(bot.baseUrl, '/health/live', { 'Accept-Encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('when the Bot Framework endpoint answers with a form, then it goes plain even to a client that accepts brotli', async () => {
    const chat = personalChat(teamsUser('Compression Probe'), bot.connector.serviceUrl);
    const activity = chat.invoke('registration.open', { eventId: EVENT_ID });
    const request = http.request(`${bot.baseUrl}/api/messages`, {
      agent: false,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'br, gzip' },
    });
    request.end(JSON.stringify(activity));
    const [response] = (await once(request, 'response')) as [http.IncomingMessage];
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect([response.statusCode, response.headers['content-encoding']]).toEqual([200, undefined]);
    expect(body.length).toBeGreaterThan(1024); // large enough that it would have been compressed
    expect(JSON.stringify(JSON.parse(body.toString()))).toContain('registration.submit');
  });

  it('when a tab file is missing or names a hidden or nested path, then 404', async () => {
    for (const target of ['/tab/no-such.js', '/tab/.build-stamp', '/tab/..%2Fpackage.json']) {
      expect([target, (await get(bot.baseUrl, target)).status]).toEqual([target, 404]);
    }
  });
});
