import { startBot, type BotHarness } from '../support/bot-harness';
import { startDirectLineStandIn, type DirectLineStandIn } from '../support/directline-standin';
import { translatorFor } from '../../core/i18n/catalog';

const EVENT_ID = 'oewg-informal-dialogue-2024-02-28';
const OPEN = '2024-02-20T15:00:00Z';
const AFTER_DEADLINE = '2024-02-27T15:00:00Z';
const ar = translatorFor('ar');
const en = translatorFor('en');

describe('The public registration page and its Direct Line token', () => {
  let bot: BotHarness;
  let directLine: DirectLineStandIn;

  beforeAll(async () => {
    directLine = await startDirectLineStandIn({});
    bot = await startBot({
      now: OPEN,
      env: { DIRECT_LINE_SECRET: directLine.secret, DIRECT_LINE_ENDPOINT: directLine.endpoint },
    });
    directLine.botEndpoint = `${bot.baseUrl}/api/messages`;
  });
  afterAll(async () => {
    await bot.close();
    await directLine.close();
  });
  afterEach(() => bot.clock.set(OPEN));

  const page = (path: string, language = 'en') =>
    fetch(`${bot.baseUrl}${path}`, { headers: { 'Accept-Language': language } });
  const token = (event = EVENT_ID) =>
    fetch(`${bot.baseUrl}/api/webchat/token?event=${encodeURIComponent(event)}`, {
      method: 'POST',
    });

  it('when a reader opens an open event, then the page shows its times, questions, privacy notice and the chat', async () => {
    const response = await page(`/events/${EVENT_ID}/register`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('(New York)');
    expect(html).toContain('Monday, 26 February 2024');
    expect(html).toMatch(/class="local-time" data-instant="2024-02-26T17:00:00.000Z"/);
    expect(html).toContain(en('webPage.questions'));
    expect(html).toContain(en('webPage.privacy'));
    expect(html).toContain('id="webchat"');
    expect(html).toContain('/webchat/webchat.js');
    expect(response.headers.get('content-security-policy')).toContain(
      `connect-src 'self' ${directLine.endpoint} ${directLine.endpoint.replace('http', 'ws')}`,
    );
  });

  it('when the reader asks for Arabic, then the page is in Arabic, right to left', async () => {
    const html = await (await page(`/events/${EVENT_ID}/register?lang=ar`)).text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(ar('webPage.questions'));
  });

  it('when the event is unknown, then a 404 page in the reader’s language', async () => {
    const response = await page('/events/no-such-event/register', 'ar,en;q=0.5');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain(ar('webPage.notFound'));
    expect((await token('no-such-event')).status).toBe(404);
  });

  it('when the deadline has passed, then the page says registration is closed, with the deadline, and gives no chat', async () => {
    bot.clock.set(AFTER_DEADLINE);
    const html = await (await page(`/events/${EVENT_ID}/register`)).text();
    expect(html).toContain(
      'Registration for this event is closed. The deadline was Monday, 26 February 2024, 12:00 EST.',
    );
    expect(html).toMatch(/class="local-time" data-instant="2024-02-26T17:00:00.000Z"/);
    expect(html).not.toContain('id="webchat"');
    expect((await token()).status).toBe(409);
  });

  it('when the page asks for a token, then it gets one conversation’s token and never the secret', async () => {
    const response = await token();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const grant = (await response.json()) as Record<string, unknown>;
    expect(grant).toEqual({
      token: expect.any(String),
      conversationId: expect.any(String),
      expiresIn: 3600,
      domain: `${directLine.endpoint}/v3/directline`,
    });
    expect(JSON.stringify(grant)).not.toContain(directLine.secret);
  });

  it('when a token is used for another conversation, then Direct Line answers 403; in its own, the bot answers', async () => {
    const [a, b] = await Promise.all([token(), token()]);
    const mine = (await a.json()) as { token: string; domain: string; conversationId: string };
    const theirs = (await b.json()) as { conversationId: string };
    const auth = { Authorization: `Bearer ${mine.token}`, 'Content-Type': 'application/json' };
    const started = await fetch(`${mine.domain}/conversations`, { method: 'POST', headers: auth });
    expect(started.status).toBe(201);
    expect(await started.json()).toMatchObject({ conversationId: mine.conversationId });
    const hi = JSON.stringify({ type: 'message', from: { id: 'dl_someone-else' }, text: 'hi' });
    const stolen = await fetch(`${mine.domain}/conversations/${theirs.conversationId}/activities`, {
      method: 'POST',
      headers: auth,
      body: hi,
    });
    expect(stolen.status).toBe(403);
    const read = await fetch(`${mine.domain}/conversations/${theirs.conversationId}/activities`, {
      headers: auth,
    });
    expect(read.status).toBe(403);
    const sent = await fetch(`${mine.domain}/conversations/${mine.conversationId}/activities`, {
      method: 'POST',
      headers: auth,
      body: hi,
    });
    expect(sent.status).toBe(200);
    const { activities, watermark } = (await (
      await fetch(`${mine.domain}/conversations/${mine.conversationId}/activities?watermark=0`, {
        headers: auth,
      })
    ).json()) as { activities: Array<Record<string, any>>; watermark: string };
    expect(Number(watermark)).toBe(activities.length);
    const fromBot = activities.filter((x) => x.from.role === 'bot');
    // The bot answers in its own conversation: first, the email step asks for an address.
    expect(fromBot.map((x) => x.text)).toContain(en('email.ask'));
    // Enhanced authentication: the message is the token's user's, whatever the page claimed.
    const echo = activities.find((x) => x.text === 'hi');
    expect(echo?.from.id).toMatch(/^dl_[0-9a-f]{32}$/);
    // Web Chat's client refreshes its token for the same conversation before it expires.
    const refreshed = await fetch(`${mine.domain}/tokens/refresh`, {
      method: 'POST',
      headers: auth,
    });
    expect(await refreshed.json()).toMatchObject({
      conversationId: mine.conversationId,
      token: expect.any(String),
      expires_in: 3600,
    });
  });

  it('when one address asks for tokens past the limit, then it gets 429 with Retry-After', async () => {
    let refused: Response | undefined;
    for (let i = 0; i < 25 && !refused; i++) {
      const response = await token();
      if (response.status === 429) refused = response;
      else await response.arrayBuffer();
    }
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused!.json()) as { error: string }).error).toBe(en('limits.tooManyAttempts'));
  });
});
