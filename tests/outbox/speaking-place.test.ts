import { speakerRegistrations } from '../../core/testing/speaker-fixtures';
import { startBot, type BotHarness } from '../support/bot-harness';
import { BOT_ID, TENANT_ID } from '../support/teams-activities';
import { EVENT_ID, TEST_OUTBOX, deliveredTo, waitFor } from './outbox-helpers';

const SPEAKERS = `/api/events/${EVENT_ID}/speakers`;

/**
 * Publishing the provisional list tells each registrant on it their place, through the
 * outbox, in the language of their chat, as the connector stand-in receives it.
 */
describe('Telling speakers their place', () => {
  let bot: BotHarness;
  afterEach(() => bot.close());

  const chair = async (path: string, body: unknown) => {
    const response = await fetch(`${bot.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'X-Dev-User': 'chair', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('when the chair publishes, then each placed registrant gets their place in their language, once', async () => {
    bot = await startBot({ now: '2024-02-25T09:00:00Z', outbox: TEST_OUTBOX });
    // Four registrants: a coalition of three (one entry, its lead speaks) and one person.
    const people = speakerRegistrations({
      eventId: EVENT_ID,
      tenantId: TENANT_ID,
      total: 5,
      wishing: 4,
      coalitions: 1,
    });
    const languages = ['fr-FR', 'ru-RU', 'ru-RU', 'ar-SA', 'es-ES'];
    const chats = new Map<string, string>();
    for (const [i, r] of people.entries()) {
      await bot.store.registrations.create(r);
      const conversationId = `a:personal-${r.aadObjectId}`;
      chats.set(r.id, conversationId);
      await bot.store.conversations.save({
        tenantId: TENANT_ID,
        aadObjectId: r.aadObjectId,
        conversationId,
        serviceUrl: bot.connector.serviceUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl: bot.connector.serviceUrl,
          conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
          bot: { id: BOT_ID, name: 'Stakeholder Bot' },
          user: { id: `29:user-${i}`, name: r.givenName, aadObjectId: r.aadObjectId },
          locale: languages[i],
        },
        localTimezone: 'Europe/Geneva',
        updatedAt: new Date('2024-02-20T10:00:00Z'),
      });
    }
    const lead = people[0]!;
    const single = people[3]!;
    // The single speaker first, then the coalition: placing by id puts them in that order.
    const placed = await chair(`${SPEAKERS}/place`, {
      baseVersion: 0,
      registrationIds: [single.id, lead.id],
    });
    expect(placed.status).toBe(200);
    const published = await chair(`${SPEAKERS}/publish`, { baseVersion: 1 });
    expect(published.body.notified).toBe(2);

    const textsOf = (id: string) =>
      deliveredTo(bot, chats.get(id)!)
        .map((a) => String(a.text ?? '').replace(/[\u2066-\u2069]/g, ''))
        .filter((t) => t.length > 0);
    await waitFor('both places to reach their chats', () =>
      [lead.id, single.id].every((id) => textsOf(id).length > 0),
    );
    expect(textsOf(single.id)).toEqual([expect.stringContaining('ترتيبك 1 من 2، ولديك 3 دقائق')]);
    expect(textsOf(lead.id)).toEqual([
      expect.stringMatching(
        /vous êtes l’orateur n° 2 sur 2, au nom de Coalition 1, avec 5 minutes/,
      ),
    ]);
    // Coalition members who do not speak, and whoever did not ask for the floor, hear nothing.
    for (const other of [people[1]!, people[2]!, people[4]!]) expect(textsOf(other.id)).toEqual([]);

    // Publishing again without a change is refused; the messages are not sent twice.
    expect((await chair(`${SPEAKERS}/publish`, { baseVersion: 1 })).status).toBe(409);
    const rows = await bot.store.outbox.list({ eventId: EVENT_ID });
    expect(rows.filter((r) => r.kind === 'speakingPlace')).toHaveLength(2);
  });
});
