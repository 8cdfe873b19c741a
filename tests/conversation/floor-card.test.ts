import { startBot, type BotHarness } from '../support/bot-harness';
import { MEETING_ID, meetingChat } from '../support/meeting-activities';
import { aPerson } from '../store/store-fixtures';
import { EVENT_ID } from './journey-helpers';

/** Nine minutes into the seed dialogue. */
const DURING = '2024-02-28T14:09:00Z';
/** An attendee who joined the meeting anonymously: a Teams id and a name, no Entra object id. */
const ANONYMOUS = { id: '29:anon-8f2c', name: 'Guest (Anonymous)' };
const CODE = 'REG-7K3M-Q9XD';

describe('Asking for the floor from the card in the meeting chat', () => {
  let bot: BotHarness;
  let chat: ReturnType<typeof meetingChat>;

  beforeEach(async () => {
    bot = await startBot({ now: DURING });
    chat = meetingChat(bot.connector.serviceUrl);
    await bot.store.meetings.link({
      eventId: EVENT_ID,
      meetingId: MEETING_ID,
      linkedBy: 'chair',
      linkedAt: bot.clock.now(),
    });
    await bot.store.registrations.create(
      aPerson(EVENT_ID, {
        referenceCode: CODE,
        givenName: 'Wanjiru',
        familyName: 'Kamau',
        organization: 'Open Net Africa',
        status: 'confirmed',
        group: { name: 'Africa ICT Alliance', members: ['Open Net Africa', 'Kenya ICT Action'] },
      }),
    );
  });
  afterEach(() => bot.close());

  const press = async (data: Record<string, unknown>, who = ANONYMOUS) =>
    (await bot.post(chat.cardAction(who, 'floorCard.request', { eventId: EVENT_ID, ...data })))
      .body;
  const queue = async () => (await bot.store.queues.ofEvent(EVENT_ID))[0];

  it('when the meeting starts, then the bot posts "Request the floor" with the guiding questions and "on behalf of"', async () => {
    await bot.post(chat.start(DURING));
    const [sent] = bot.takeSent();
    const card = sent?.attachments?.[0]?.content;
    const text = JSON.stringify(card);
    expect(card.version).toBe('1.5');
    expect(text).toContain('Request the floor');
    expect(text).toContain('On behalf of');
    expect(text).toContain('Guiding questions');
    expect(card.actions).toEqual([
      expect.objectContaining({ type: 'Action.Execute', verb: 'floorCard.request' }),
    ]);
    expect(card.body.some((b: any) => b.id === 'referenceCode' && b.type === 'Input.Text')).toBe(
      true,
    );
  });

  it('when the bot is added to a meeting chat whose meeting has no event, then it posts nothing', async () => {
    const other = meetingChat(bot.connector.serviceUrl, {
      meetingId: `${MEETING_ID.slice(0, -4)}AAA=`,
    });
    await bot.post(other.install());
    expect(bot.takeSent()).toEqual([]);
  });

  it('when an anonymous attendee gives their reference code, then they join the list, marked as from the chat card', async () => {
    const answer = await press({
      referenceCode: 'reg 7k3m q9xd',
      questionId: 'q2',
      onBehalfOf: 'group',
    });
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(answer.value).toBe('Thank you, Wanjiru: you are number 1 on the list of speakers.');
    const [entry] = (await queue())?.entries ?? [];
    expect(entry).toMatchObject({
      speaker: { name: 'Wanjiru Kamau', organization: 'Open Net Africa' },
      onBehalfOf: { kind: 'group', name: 'Africa ICT Alliance' },
      questionId: 'q2',
      via: 'chatCard',
      addedBy: 'self',
    });
  });

  it('when someone gives a wrong code, then nothing changes and they are told; after five wrong codes the chat must wait', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await press({ referenceCode: `REG-0000-000${i}` })).value).toMatch(
        /does not match a registration/,
      );
    }
    expect((await press({ referenceCode: 'not a code' })).value).toMatch(/try again in 10 minutes/);
    // Even the right code waits now: the chat is blocked, not the code.
    expect((await press({ referenceCode: CODE })).value).toMatch(/try again in 10 minutes/);
    expect((await queue())?.entries ?? []).toEqual([]);

    bot.clock.set('2024-02-28T14:19:01Z');
    expect((await press({ referenceCode: CODE })).value).toMatch(/you are number 1/);
  });

  it('when the same person asks twice, then the queue refuses the second in its own words', async () => {
    await press({ referenceCode: CODE });
    expect((await press({ referenceCode: CODE })).value).toMatch(/already/i);
    expect((await queue())?.entries).toHaveLength(1);
  });

  it('when an anonymous person presses any other card button, then the bot says it cannot tell who they are', async () => {
    const response = await bot.post(chat.cardAction(ANONYMOUS, 'queue.withdraw', {}));
    expect(JSON.stringify(response.body)).not.toContain('Thank you');
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
  });
});
