import { startBot, type BotHarness } from '../support/bot-harness';
import { cardText } from '../support/card-inspect';
import { personalChat, teamsUser } from '../support/teams-activities';
import { register } from '../conversation/journey-helpers';
import {
  EVENT_ID,
  TEST_OUTBOX,
  chairSays,
  deliveredTo,
  duplicates,
  outboxIds,
  seedRegistrants,
  waitFor,
} from './outbox-helpers';

describe('Confirming registrations', () => {
  let bot: BotHarness;
  const chair = teamsUser('Katherine Prizeman');

  beforeEach(async () => {
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      env: { CHAIR_TEAM: chair.aadObjectId },
      outbox: TEST_OUTBOX,
    });
  });
  afterEach(() => bot.close());

  it('when the chair confirms one registration, then its owner gets the status and login details exactly once', async () => {
    const amina = teamsUser('Amina Diallo', { timeZone: 'Asia/Tokyo' });
    await register(bot, amina);
    const [registration] = await bot.store.registrations.listForEvent(EVENT_ID);
    const chat = personalChat(amina, bot.connector.serviceUrl);

    const reply = await chairSays(bot, chair, `confirm ${registration!.referenceCode}`);
    expect(reply).toContain('1 confirmed');
    await waitFor('two messages', () => deliveredTo(bot, chat.conversationId).length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const [status, login] = deliveredTo(bot, chat.conversationId).slice(-2);
    expect(status?.text).toContain(`${registration!.referenceCode}`);
    expect(status?.text).toContain('is confirmed');
    const card = login?.attachments?.[0]?.content;
    const text = cardText(card);
    expect(text).toMatch(/\/local-meeting\//);
    expect(text).toContain('Local meeting (offline mode');
    expect(text).toMatch(/Wednesday, 28 February 2024, \d\d:\d\d/);
    expect(text).toContain('Your time:');
    expect(text).toContain('Speaking arrangements');
    // To be read before the meeting: the short label with the full text (decision 036).
    expect(text).toContain('Question 1: Additional norms — Taking into account');
    expect(duplicates(bot)).toEqual([]);
    expect(outboxIds(deliveredTo(bot, chat.conversationId))).toHaveLength(2);

    const calendarUrl = JSON.stringify(card).match(
      /http:\/\/localhost:3978(\/api\/calendar\/[^"]+)/,
    )?.[1];
    const ics = await fetch(`${bot.baseUrl}${calendarUrl}`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const body = await ics.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain('DTSTART:2024022');

    // Confirming again changes nothing and sends nothing.
    expect(await chairSays(bot, chair, `confirm ${registration!.referenceCode}`)).toContain(
      '0 confirmed',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outboxIds(deliveredTo(bot, chat.conversationId))).toHaveLength(2);
    const reminders = await bot.store.outbox.list({ eventId: EVENT_ID, status: 'pending' });
    expect(reminders.map((r) => r.kind)).toEqual(['reminder', 'reminder']);
  });

  it('when the chair confirms 50 pending with capacity 40, then 40 are confirmed, 10 waitlisted, and all are told', async () => {
    const people = await seedRegistrants(bot, 50);
    expect(await chairSays(bot, chair, 'capacity 40')).toContain('Capacity 40');
    const reply = await chairSays(bot, chair, 'confirm all pending');
    expect(reply).toContain('40 confirmed, 10 waitlisted');

    const statuses = (await bot.store.registrations.listForEvent(EVENT_ID)).map((r) => r.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(40);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(10);
    await waitFor('90 messages', () => bot.connector.perActivityId.size >= 90, 20_000);
    for (const [i, person] of people.entries()) {
      const got = deliveredTo(bot, person.conversationId);
      expect(got).toHaveLength(i < 40 ? 2 : 1);
      expect(got[0]?.text).toContain(i < 40 ? 'is confirmed' : 'waiting list');
    }
    expect(duplicates(bot)).toEqual([]);
  });

  it('when someone outside the chair team types confirm, then they are refused and nothing changes', async () => {
    const [person] = await seedRegistrants(bot, 1);
    const stranger = teamsUser('Not The Chair');
    const reply = await chairSays(bot, stranger, `confirm ${person!.registration.referenceCode}`);
    expect(reply).toContain("for the Chair's team only");
    expect(await chairSays(bot, stranger, 'confirm all pending')).toContain("Chair's team only");
    const [after] = await bot.store.registrations.listForEvent(EVENT_ID);
    expect(after?.status).toBe('pending');
    expect(await bot.store.outbox.list({ eventId: EVENT_ID })).toEqual([]);
  });

  it('when a registrant never wrote to the bot, then a 1:1 chat is opened for them', async () => {
    const [person] = await seedRegistrants(bot, 1, { withConversation: false });
    await chairSays(bot, chair, `confirm ${person!.registration.referenceCode}`);
    await waitFor('a chat opened', () => bot.connector.created.size === 1);
    const conversationId = bot.connector.created.get(person!.user.aadObjectId)!;
    await waitFor('two messages', () => deliveredTo(bot, conversationId).length === 2);
    const saved = await bot.store.conversations.get(
      person!.registration.tenantId,
      person!.user.aadObjectId,
    );
    expect(saved?.conversationId).toBe(conversationId);
  });
});

describe('Reminder times from the configuration', () => {
  const chair = teamsUser('Katherine Prizeman');
  let bot: BotHarness;
  afterEach(() => bot.close());

  it('when REMINDER_MINUTES is 2880,30, then the reminders are set 48 hours and 30 minutes before the start', async () => {
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      env: { CHAIR_TEAM: chair.aadObjectId, REMINDER_MINUTES: '30,2880' },
      outbox: TEST_OUTBOX,
    });
    const [person] = await seedRegistrants(bot, 1);
    await chairSays(bot, chair, `confirm ${person!.registration.referenceCode}`);
    const reminders = (await bot.store.outbox.list({ eventId: EVENT_ID })).filter(
      (r) => r.kind === 'reminder',
    );
    // The dialogue starts 09:00 New York time (14:00 UTC) on 28 February 2024.
    expect(reminders.map((r) => r.notBefore.toISOString()).sort()).toEqual([
      '2024-02-26T14:00:00.000Z',
      '2024-02-28T13:30:00.000Z',
    ]);
  });
});
