import { startBot, type BotHarness } from '../support/bot-harness';
import { actionData, cardOf, cardText } from '../support/card-inspect';
import { personalChat, teamsUser } from '../support/teams-activities';
import { EVENT_ID, validInputs } from './journey-helpers';

/** Elements that render markdown; user text must never land in them verbatim. */
function markdownElementsContaining(card: unknown, raw: string): string[] {
  const hits: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string' && n.text.includes(raw))
      hits.push('TextBlock');
    if (Array.isArray(n.facts)) {
      for (const f of n.facts as Array<Record<string, unknown>>) {
        if (String(f.value).includes(raw) || String(f.title).includes(raw)) hits.push('Fact');
      }
    }
    Object.values(n).forEach(visit);
  };
  visit(card);
  return hits;
}

describe('Bad input to /api/messages', () => {
  let bot: BotHarness;
  const user = teamsUser('Test User');
  const chat = () => personalChat(user, bot.connector.serviceUrl);

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
  });
  afterAll(() => bot.close());

  it('when the body is not JSON or not an activity, then the answer is 400 and the service keeps running', async () => {
    expect((await bot.postRaw('{"type": "message",')).status).toBe(400);
    expect((await bot.postRaw('[1,2,3]')).status).toBe(400);
    expect((await bot.postRaw('{"text":"no type"}')).status).toBe(400);
    expect((await fetch(`${bot.baseUrl}/healthz`)).status).toBe(200);
  });

  it('when the body is larger than the limit, then it is refused without being read whole', async () => {
    const huge = JSON.stringify({ ...chat().message('x'.repeat(600 * 1024)) });
    expect((await bot.postRaw(huge)).status).toBe(413);
  });

  it('when an activity type is unknown, then nothing is sent and nothing is stored', async () => {
    const { status } = await bot.post({ ...chat().message('hi'), type: 'somethingNew' });
    expect(status).toBe(200);
    expect(bot.takeSent()).toHaveLength(0);
  });

  it('when an invoke has an unknown name, then the bot answers "not implemented"', async () => {
    const { status } = await bot.post({
      ...chat().invoke('x', {}),
      name: 'composeExtension/unknown',
    });
    expect(status).toBe(501);
  });

  it('when a card action has an unknown verb, then a clear notice replaces the card', async () => {
    const { status, body } = await bot.post(chat().invoke('registration.hack', {}));
    expect(status).toBe(200);
    expect(cardText(cardOf(body))).toContain('out of date');
  });

  it('when card data has wrong types or malformed origin fields, then nothing is written', async () => {
    const wrongTypes = {
      eventId: EVENT_ID,
      mode: 'create',
      formId: 'f-1',
      ...validInputs(),
      givenName: 12,
      questionIds: ['q1'],
    };
    const { body } = await bot.post(chat().invoke('registration.submit', wrongTypes));
    expect(cardText(cardOf(body))).toContain('wrong type');
    for (const data of [
      { eventId: 7 },
      { eventId: EVENT_ID, mode: 'delete', formId: 'x' },
      { eventId: EVENT_ID, mode: 'edit', formId: 'x' },
    ]) {
      const reply = await bot.post(
        chat().invoke('registration.submit', { ...validInputs(), ...data }),
      );
      expect(reply.status).toBe(200);
    }
    const { body: unknownEvent } = await bot.post(
      chat().invoke('registration.submit', {
        ...validInputs(),
        eventId: 'nope',
        mode: 'create',
        formId: 'y',
      }),
    );
    expect(cardText(cardOf(unknownEvent))).toContain('no longer available');
    expect(await bot.store.registrations.listForEvent(EVENT_ID)).toHaveLength(0);
  });

  it('when a field is oversized, then the form says so beside it and nothing is written', async () => {
    const { body: open } = await bot.post(
      chat().invoke('registration.open', { eventId: EVENT_ID }),
    );
    const data = {
      ...actionData(cardOf(open), 'registration.submit'),
      ...validInputs({ jobTitle: 'x'.repeat(151) }),
    };
    const { body } = await bot.post(chat().invoke('registration.submit', data));
    expect(cardText(cardOf(body))).toContain('under 150 characters');
    expect(await bot.store.registrations.listForEvent(EVENT_ID)).toHaveLength(0);
  });

  it('when a name contains markup, then it is stored as typed and shown as text, never as markup', async () => {
    const name = '**Bold** [click](https://evil.example) <b>x</b>';
    const { body: open } = await bot.post(
      chat().invoke('registration.open', { eventId: EVENT_ID }),
    );
    const data = {
      ...actionData(cardOf(open), 'registration.submit'),
      ...validInputs({ givenName: name }),
    };
    const { body } = await bot.post(chat().invoke('registration.submit', data));
    const card = cardOf(body);
    expect(cardText(card)).toContain(name);
    expect(markdownElementsContaining(card, name)).toEqual([]);
    expect((await bot.store.registrations.listForEvent(EVENT_ID))[0]?.givenName).toBe(name);
  });

  it('when Teams sends no Entra identity, then the bot explains and stores nothing', async () => {
    const anonymous = chat().message('register') as Record<string, unknown>;
    anonymous.from = { id: '29:anon', name: 'Anonymous' };
    await bot.post(anonymous);
    expect(String(bot.takeSent()[0]?.text)).toContain('did not tell me who you are');
  });
});
