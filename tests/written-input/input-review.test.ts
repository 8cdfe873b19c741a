import { register } from '../conversation/journey-helpers';
import { EVENT_ID, TEST_OUTBOX, deliveredTo, waitFor } from '../outbox/outbox-helpers';
import { startBot, type BotHarness } from '../support/bot-harness';
import { cardOf, cardText } from '../support/card-inspect';
import { personalChat, teamsUser } from '../support/teams-activities';
import { seedStatements, statementOf } from './input-scene';

const BASE = `/api/events/${EVENT_ID}/inputs`;

/**
 * The chair's team reviews written input on the real service: in chat and through the
 * organizer page's API; the author hears of publication through the outbox; anyone else, and
 * any unknown statement, gets a clear refusal with nothing changed.
 */
describe('Reviewing written input', () => {
  let bot: BotHarness;
  let scene: Awaited<ReturnType<typeof seedStatements>>;
  const chair = teamsUser('Katherine Prizeman');
  const amina = teamsUser('Amina Diallo');
  const chairChat = () => personalChat(chair, bot.connector.serviceUrl);
  const aminaChat = () => personalChat(amina, bot.connector.serviceUrl);
  const say = async (chat: ReturnType<typeof chairChat>, text: string) => {
    await bot.post(chat.message(text));
    return bot.takeSent().map((a) => String(a.text ?? cardText(cardOf(a))));
  };
  const api = async (method: string, path: string, body?: unknown, user = 'chair') => {
    const response = await fetch(`${bot.baseUrl}${BASE}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-Dev-User': user },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const reviewOf = async (id: string) => (await bot.store.writtenInputs.get(id))?.review;
  const notices = async () =>
    (await bot.store.outbox.list({ eventId: EVENT_ID })).filter((m) => m.kind === 'inputPublished');
  let aminaInput = '';

  beforeAll(async () => {
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      env: { CHAIR_TEAM: chair.aadObjectId },
      outbox: TEST_OUTBOX,
    });
    scene = await seedStatements(bot);
    await register(bot, amina);
    await bot.post(
      aminaChat().invoke('statement.submit', { eventId: EVENT_ID, statementText: 'A norm on...' }),
    );
    bot.takeSent();
    const stored = await bot.store.writtenInputs.listForEvent(EVENT_ID);
    aminaInput = stored.find((i) => i.text === 'A norm on...')?.id ?? '';
  });
  afterAll(() => bot.close());

  it('when the chair types "inputs", then every unreviewed statement is listed with a short id', async () => {
    const [reply] = await say(chairChat(), 'inputs');
    expect(reply).toContain('4 statements to review, 0 published, 0 withheld');
    expect(reply).toContain(`${aminaInput.slice(0, 8)} · Digital Rights Coalition`);
    expect(reply).toContain('file OSI statement «final».pdf');
  });

  it('when a registrant tries to publish someone else’s statement, then they are refused and nothing changes', async () => {
    const id = scene.inputs.business.id;
    const [reply] = await say(aminaChat(), `publish ${id.slice(0, 8)}`);
    expect(reply).toBe("This command is for the Chair's team only.");
    const refused = await api('POST', `/${id}/review`, { decision: 'publish' }, 'delegate-a');
    expect(refused.status).toBe(403);
    expect((await api('GET', '', undefined, 'delegate-a')).status).toBe(403);
    expect(await reviewOf(id)).toEqual({ status: 'unreviewed' });
    expect(await notices()).toEqual([]);
  });

  it('when the chair names an unknown statement or gives no reason to withhold, then nothing changes', async () => {
    expect(await say(chairChat(), 'publish 00000000')).toEqual([
      'There is no statement 00000000 in this event.',
    ]);
    const id = scene.inputs.business.id;
    expect(await say(chairChat(), `withhold ${id.slice(0, 8)}`)).toEqual([
      'Give a reason for withholding the statement.',
    ]);
    const unknown = await api('POST', '/0f0f0f0f-0000-4000-8000-000000000000/review', {
      decision: 'publish',
    });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'inputs.refused.unknownInput' } });
    const bad = await api('POST', `/${id}/review`, { decision: 'delete' });
    expect(bad).toMatchObject({ status: 400, body: { code: 'inputs.refused.decision' } });
    expect(await reviewOf(id)).toEqual({ status: 'unreviewed' });
  });

  it('when the chair publishes in chat, then the author is told in their chat, once', async () => {
    const [reply] = await say(chairChat(), `publish ${aminaInput.slice(0, 8)}`);
    expect(reply).toContain('its author is told in chat');
    expect(reply).toContain(`/events/${EVENT_ID}/inputs`);
    expect(await reviewOf(aminaInput)).toMatchObject({
      status: 'published',
      reviewedBy: chair.aadObjectId.toLowerCase(),
    });
    const told = () =>
      deliveredTo(bot, aminaChat().conversationId).filter((a) =>
        String(a.text).includes('is now published'),
      );
    await waitFor('the author to be told', () => told().length === 1);
    expect(told()[0]?.text).toContain(`/events/${EVENT_ID}/inputs`);

    // Withheld and published again: the author is not told a second time.
    await say(chairChat(), `withhold ${aminaInput.slice(0, 8)} Repeats another statement`);
    await say(chairChat(), `publish ${aminaInput.slice(0, 8)}`);
    expect(await notices()).toHaveLength(1);
  });

  it('when the chair reviews on the organizer page, then each statement shows its new status', async () => {
    const { technical, business } = scene.inputs;
    const withheld = await api('POST', `/${business.id}/review`, {
      decision: 'withhold',
      reason: 'Marked confidential by its author',
    });
    expect(withheld).toMatchObject({
      status: 200,
      body: { result: 'changed', notified: false, input: { review: { status: 'withheld' } } },
    });
    const published = await api('POST', `/${technical.id}/review`, { decision: 'publish' });
    expect(published.body).toMatchObject({ result: 'changed', notified: true });
    const again = await api('POST', `/${technical.id}/review`, { decision: 'publish' });
    expect(again.body).toMatchObject({ result: 'unchanged', notified: false });

    const listed = await api('GET', '');
    expect(listed.status).toBe(200);
    expect(listed.body.publicUrl).toBe(`http://localhost:3978/events/${EVENT_ID}/inputs`);
    const statusOf = (id: string) =>
      listed.body.inputs.find((i: any) => i.id === id)?.review as Record<string, unknown>;
    expect(statusOf(business.id)).toEqual({
      status: 'withheld',
      reason: 'Marked confidential by its author',
      reviewedAt: '2024-02-20T15:00:00.000Z',
    });
    expect(statusOf(technical.id)).toMatchObject({ status: 'published', reason: null });
    expect(statusOf(scene.inputs.academia.id)).toMatchObject({ status: 'unreviewed' });
  });

  it('when the chair downloads a statement file to read it, then it comes as an attachment', async () => {
    const response = await fetch(`${bot.baseUrl}${BASE}/${scene.inputs.technical.id}/file`, {
      headers: { 'X-Dev-User': 'chair' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    const other = await fetch(`${bot.baseUrl}${BASE}/${scene.inputs.technical.id}/file`, {
      headers: { 'X-Dev-User': 'delegate-b' },
    });
    expect(other.status).toBe(403);
  });

  it('when more statements wait than one message holds, then chat lists 25 and points to the tab', async () => {
    const author = scene.people.academia;
    for (let i = 0; i < 30; i++) {
      await bot.store.writtenInputs.add(statementOf(author, { kind: 'text', text: `Note ${i}` }));
    }
    // Other sends (the outbox's notices to authors) may arrive meanwhile: take the reply.
    const reply = (await say(chairChat(), 'inputs')).find((text) => text.includes('to review'));
    expect(reply).toContain('31 statements to review');
    expect(reply?.match(/ · Institute for Cyber Policy/g)).toHaveLength(25);
    expect(reply).toContain('and 6 more: the organizer page of the tab lists them all');
  });
});
