import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cardOf, cardText } from '../support/card-inspect';
import { codeMailedTo } from '../support/mail-folder';
import { startBot, type BotHarness } from '../support/bot-harness';
import { personalChat, teamsUser } from '../support/teams-activities';
import { webChat } from '../support/directline-activities';
import { SAMPLE_CARDS } from '../cards/card-samples';
import { cardForChannel } from '../../bot/platform/teams/cards/channel-cards';
import { translatorFor } from '../../core/i18n/catalog';

const EVENT_ID = 'oewg-informal-dialogue-2024-02-28';
const OPEN = '2024-02-20T15:00:00Z';
const UNKNOWN = translatorFor('en')('bot.unknownAction');
type Json = Record<string, any>;

/** Every action of a card, wherever it sits (body, actions, selectAction, ShowCard, refresh). */
function actionsOf(node: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((child) => actionsOf(child, found));
  else if (typeof node === 'object' && node !== null) {
    const json = node as Json;
    if (typeof json.type === 'string' && json.type.startsWith('Action.')) found.push(json);
    Object.values(json).forEach((child) => actionsOf(child, found));
  }
  return found;
}

const validInputs = {
  givenName: 'Awa',
  familyName: 'Ndiaye',
  email: 'awa.ndiaye@example.org',
  organization: 'Open Net Africa',
  category: 'ngo',
  country: 'SN',
  jobTitle: 'Researcher',
  wishesToSpeak: 'false',
  questionIds: 'q1',
  accessibilityNeeds: '',
  consent: 'true',
};

describe('Cards in each channel', () => {
  let bot: BotHarness;
  let mailDir: string;
  const chair = teamsUser('Chair');
  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(tmpdir(), 'mail-'));
    bot = await startBot({ now: OPEN, env: { CHAIR_TEAM: chair.aadObjectId, MAIL_DIR: mailDir } });
  });
  afterAll(async () => {
    await bot.close();
    await rm(mailDir, { recursive: true, force: true });
  });

  let people = 0;
  /**
   * A new Web Chat conversation past the email step (every channel but Teams asks for an
   * address and a mailed code before any card): a new address each, so no send limit applies.
   */
  async function verifiedWebChat(options: Parameters<typeof webChat>[1] = {}) {
    const chat = webChat(bot.connector.serviceUrl, options);
    const email = `web.person.${++people}@example.org`;
    await bot.post(chat.message(email));
    bot.takeSent();
    await bot.post(chat.message(await codeMailedTo(mailDir, email)));
    const [verified] = bot.takeSent();
    expect(verified?.text).toContain(`${email} is verified`);
    return { chat, email };
  }

  /** What the bot answers a click on `action`, as the channel delivers the click. */
  async function click(channel: 'msteams' | 'directline', action: Json): Promise<string> {
    if (channel === 'msteams') {
      const chat = personalChat(teamsUser('Teams Clicker'), bot.connector.serviceUrl);
      const { body } = await bot.post(chat.invoke(action.verb, action.data ?? {}));
      return cardText(cardOf(body));
    }
    const { chat } = await verifiedWebChat();
    bot.takeSent();
    await bot.post(chat.submit(action.data ?? {}));
    const [reply] = bot.takeSent();
    return reply?.text ?? cardText(cardOf(reply));
  }

  describe.each(['msteams', 'directline'] as const)('in %s', (channel) => {
    it.each(SAMPLE_CARDS)(
      'when each button of the %s card is clicked, then the bot acts on it',
      async (_name, build) => {
        const card = cardForChannel(build(), channel);
        if (channel === 'directline') expect(card.refresh).toBeUndefined();
        for (const action of actionsOf(card)) {
          switch (action.type) {
            case 'Action.OpenUrl':
              expect(String(action.url)).toMatch(/^https?:\/\//);
              break;
            case 'Action.ShowCard':
            case 'Action.ToggleVisibility':
              break;
            case 'Action.Execute':
              // Web Chat renders it, and a click only logs an error there.
              expect(channel).toBe('msteams');
              expect(await click(channel, action)).not.toContain(UNKNOWN);
              break;
            case 'Action.Submit':
              expect(channel).toBe('directline');
              expect(typeof action.data?.verb).toBe('string');
              expect(await click(channel, action)).not.toContain(UNKNOWN);
              break;
            default:
              throw new Error(`a ${String(action.type)} button does nothing in ${channel}`);
          }
        }
      },
    );
  });

  it('when a Teams card is sent to Web Chat, then its Execute buttons become Submit with the same data', () => {
    const teams = SAMPLE_CARDS.find(([name]) => name === 'withdraw confirmation')![1]();
    const web = cardForChannel(teams, 'directline');
    const [execute] = actionsOf(teams);
    const [submit] = actionsOf(web);
    expect(execute).toMatchObject({ type: 'Action.Execute' });
    expect(submit).toEqual({
      ...Object.fromEntries(Object.entries(execute!).filter(([k]) => k !== 'verb')),
      type: 'Action.Submit',
      data: { ...execute!.data, verb: execute!.verb },
    });
    expect(cardForChannel(teams, 'msteams')).toBe(teams);
  });

  it('when a web person registers through Web Chat and submits twice, then one registration is kept, marked web', async () => {
    const chat = webChat(bot.connector.serviceUrl);
    bot.takeSent();
    await bot.post(chat.start());
    await bot.post(chat.message('hello'));
    expect(bot.takeSent().map((a) => a.text)).toEqual([expect.stringMatching(/email address/)]);
    await bot.post(chat.message('awa.ndiaye@example.org'));
    bot.takeSent();
    await bot.post(chat.message(await codeMailedTo(mailDir, 'awa.ndiaye@example.org')));
    // Verified, welcome, then the list of events.
    const [, , list] = bot.takeSent();
    const open = actionsOf(cardOf(list)).find((a) => a.data?.verb === 'registration.open');
    expect(open).toMatchObject({ type: 'Action.Submit', data: { eventId: EVENT_ID } });
    await bot.post(chat.submit(open!.data));
    const form = cardOf(bot.takeSent()[0]);
    const send = actionsOf(form).find((a) => a.data?.verb === 'registration.submit');
    expect(send?.type).toBe('Action.Submit');
    const value = { ...send!.data, ...validInputs };
    await bot.post(chat.submit(value));
    const first = cardText(cardOf(bot.takeSent()[0]));
    await bot.post(chat.submit(value));
    const second = cardText(cardOf(bot.takeSent()[0]));
    const code = /REG-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(first)?.[0];
    expect(code).toBeDefined();
    expect(second).toContain(code);
    const mine = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.email === 'awa.ndiaye@example.org',
    );
    expect(mine).toHaveLength(1);
    // Keyed by the verified address (decision 028), shown to the chair as web.
    expect(mine[0]).toMatchObject({ tenantId: 'email', channel: 'web' });

    bot.takeSent();
    await bot.post(personalChat(chair, bot.connector.serviceUrl).message('registrations'));
    const listing = cardText(cardOf(bot.takeSent()[0]));
    expect(listing).toContain('Channel');
    expect(listing).toMatch(/Web: [1-9]/);
  });

  it('when a web person opens the form after the deadline, then the chat says registration is closed, with the deadline in both zones', async () => {
    bot.clock.set('2024-02-27T15:00:00Z');
    try {
      const { chat } = await verifiedWebChat({ timeZone: 'Asia/Tokyo' });
      bot.takeSent();
      await bot.post(chat.submit({ verb: 'registration.open', eventId: EVENT_ID }));
      const [reply] = bot.takeSent();
      const text = reply?.text ?? cardText(cardOf(reply));
      expect(text).toContain('closed on Monday, 26 February 2024, 12:00 EST');
      expect(text).toContain('Tuesday, 27 February 2024, 02:00 GMT+9 your time');
    } finally {
      bot.clock.set(OPEN);
    }
  });

  it('when a web conversation submits a form before verifying an address, then nothing is registered and the bot asks for the address', async () => {
    const chat = webChat(bot.connector.serviceUrl, { userId: 'mallory' });
    bot.takeSent();
    const before = (await bot.store.registrations.listForEvent(EVENT_ID)).length;
    const email = 'mallory@example.org';
    await bot.post(
      chat.submit({ verb: 'registration.submit', eventId: EVENT_ID, ...validInputs, email }),
    );
    expect(bot.takeSent().map((a) => a.text)).toEqual([translatorFor('en')('email.ask')]);
    expect(await bot.store.registrations.listForEvent(EVENT_ID)).toHaveLength(before);
  });
});
