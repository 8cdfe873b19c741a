import roundtableJson from '../../examples/global-roundtable-2024-05-10.json';
import { parseEventDefinition } from '../../core/event/event-schema';
import { markdownTexts } from '../cards/card-nodes';
import { statementOf } from '../written-input/input-scene';
import { aPerson } from '../store/store-fixtures';
import { startBot, type BotHarness } from '../support/bot-harness';
import { personalChat, teamsUser, type TeamsUser } from '../support/teams-activities';
import { EVENT_ID, register, validInputs } from './journey-helpers';
import { actionData, cardOf, cardText } from '../support/card-inspect';

/** What a hostile registrant types: a link, a tracking image, HTML and a direction override. */
const LINK = '[Click to verify](https://evil.example/phish)';
const IMAGE = '![](https://evil.example/t.png)';
const HTML = '<img src=x onerror=alert(1)><a href="https://evil.example">here</a>';
const HOSTILE = `${LINK} ${IMAGE} ${HTML} Ruiz\u202Egpj.exe`;
const ROUNDTABLE_ID = 'global-roundtable-ict-capacity-building-2024-05-10';

type Activity = Record<string, any>;

/**
 * Every outgoing activity either is plain text (`textFormat: 'plain'`), or is a card whose
 * markdown-rendering fields (TextBlock, FactSet) quote none of the hostile markup; and no
 * direction override reaches a text message unshown.
 */
function unsafeParts(activities: Activity[]): string[] {
  const unsafe: string[] = [];
  for (const activity of activities) {
    if (typeof activity.text === 'string' && activity.textFormat !== 'plain')
      unsafe.push(`text as ${activity.textFormat ?? 'markdown'}: ${activity.text}`);
    if (typeof activity.text === 'string' && activity.text.includes('\u202E'))
      unsafe.push(`override in text: ${activity.text}`);
    for (const attachment of activity.attachments ?? []) {
      for (const text of markdownTexts(attachment.content))
        if (text.includes('evil.example')) unsafe.push(`markdown field: ${text}`);
    }
  }
  return unsafe;
}

describe('Registrant text in the replies the chair reads', () => {
  let bot: BotHarness;
  const chair = teamsUser('Katherine Prizeman');
  const hostile = teamsUser('Eva Ruiz');
  const say = async (user: TeamsUser, text: string) => {
    await bot.post(personalChat(user, bot.connector.serviceUrl).message(text));
    return bot.takeSent();
  };
  const quoted = (activities: Activity[]) => JSON.stringify(activities).includes('evil.example');

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z', env: { CHAIR_TEAM: chair.aadObjectId } });
    await register(bot, hostile, {
      givenName: LINK,
      familyName: `${IMAGE} Ruiz\u202Egpj.exe`,
      organization: HOSTILE,
      groupName: HOSTILE,
      groupMembers: `${HTML}\n${LINK}`,
    });
    const [registration] = await bot.store.registrations.listForEvent(EVENT_ID);
    await bot.post(
      personalChat(hostile, bot.connector.serviceUrl).invoke('statement.submit', {
        eventId: EVENT_ID,
        statementText: HOSTILE,
      }),
    );
    const byFile = aPerson(EVENT_ID, { organization: HOSTILE, category: 'academia' });
    await bot.store.registrations.create(byFile);
    await bot.store.writtenInputs.add(
      statementOf(byFile, {
        kind: 'file',
        text: '',
        fileName: `${HOSTILE}.pdf`,
        contentType: 'application/pdf',
        content: new TextEncoder().encode('%PDF-1.7'),
      }),
    );
    expect(registration).toBeDefined();
    bot.takeSent();
  }, 120_000);
  afterAll(() => bot.close());

  it('when the chair lists, publishes and withholds statements, then each reply is plain text', async () => {
    const listed = await say(chair, 'inputs');
    expect(quoted(listed)).toBe(true);
    const ids = (await bot.store.writtenInputs.listForEvent(EVENT_ID)).map((i) => i.id);
    const published = await say(chair, `publish ${ids[0]!.slice(0, 8)}`);
    const withheld = await say(chair, `withhold ${ids[1]!.slice(0, 8)} ${LINK}`);
    expect(quoted([...published, ...withheld])).toBe(true);
    expect(unsafeParts([...listed, ...published, ...withheld])).toEqual([]);
  });

  it('when the chair decides on registrations and lists them, then each reply is plain text or a safe card', async () => {
    const [registration] = await bot.store.registrations.listForEvent(EVENT_ID);
    const replies = [
      ...(await say(chair, `confirm ${registration!.referenceCode}`)),
      ...(await say(chair, `waitlist ${LINK}`)),
      ...(await say(chair, 'confirm all pending')),
      ...(await say(chair, 'registrations')),
      ...(await say(chair, 'delivery')),
      ...(await say(hostile, 'my registration')),
    ];
    expect(replies.length).toBeGreaterThan(4);
    expect(unsafeParts(replies)).toEqual([]);
  });

  it('when the chair works a roundtable with a hostile delegate, then every chair reply is safe', async () => {
    const parsed = parseEventDefinition(roundtableJson);
    if (!parsed.ok) throw new Error('seed roundtable must be valid');
    await bot.store.events.upsert(parsed.value);
    bot.clock.set('2024-05-01T14:00:00Z');
    const provider = teamsUser('Ana Souza');
    const chat = personalChat(provider, bot.connector.serviceUrl);
    const { body } = await bot.post(chat.invoke('registration.open', { eventId: ROUNDTABLE_ID }));
    const inputs = validInputs({
      questionIds: '',
      category: 'capacity-building-provider',
      country: 'BR',
      givenName: LINK,
      organization: HOSTILE,
      rtAreas: 'threats',
      rtRegion: 'african',
      rtBreakout1: 'breakout-cbms',
    });
    const data = { ...actionData(cardOf(body), 'registration.submit'), ...inputs };
    expect(
      cardText(cardOf((await bot.post(chat.invoke('registration.submit', data))).body)),
    ).toMatch(/REG-/);
    bot.takeSent();
    const replies: Activity[] = [];
    for (const command of [
      'invite all',
      `accept KE ambassador ${HOSTILE}`,
      'remarks KE',
      'invitations',
      'opening remarks',
      'matchmaking propose',
      'breakouts assign',
      'breakouts',
    ])
      replies.push(...(await say(chair, command)));
    expect(quoted(replies)).toBe(true);
    expect(unsafeParts(replies)).toEqual([]);
  });

  it('when the bot writes a registrant proactively, then the text is plain as well', async () => {
    const sent = bot.connector.sent.map((s) => s.activity).filter((a) => a.text !== undefined);
    expect(sent.length).toBeGreaterThan(0);
    expect(
      sent.filter((a) => a.textFormat !== 'plain' && !String(a.text).startsWith('You can')),
    ).toEqual([]);
  });
});
