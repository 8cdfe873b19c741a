import roundtableJson from '../../examples/global-roundtable-2024-05-10.json';
import { parseEventDefinition } from '../../core/event/event-schema';
import type { EventDefinition } from '../../core/event/event';
import { startBot, type BotHarness } from '../support/bot-harness';
import { actionData, cardOf, cardText, inputValue } from '../support/card-inspect';
import { personalChat, teamsUser, type TeamsUser } from '../support/teams-activities';
import { validInputs } from './journey-helpers';

const EVENT_ID = 'global-roundtable-ict-capacity-building-2024-05-10';
/** Inside the registration window (26 January to 10 May 2024, New York). */
const OPEN = '2024-05-01T14:00:00Z';

/**
 * The seed roundtable as imported by the chair, with one small breakout room (2 seats) so
 * that a move over capacity can be tried with a handful of registrants.
 */
function roundtable(): EventDefinition {
  const parsed = parseEventDefinition(roundtableJson);
  if (!parsed.ok) throw new Error('seed roundtable must be valid');
  const event = parsed.value;
  const breakoutGroups = (event.breakoutGroups ?? []).map((g) =>
    g.id === 'breakout-cbms' ? { ...g, capacity: 2 } : g,
  );
  return { ...event, breakoutGroups };
}

describe('Roundtable journey in personal chat (seed roundtable of 10 May 2024)', () => {
  let bot: BotHarness;
  const chair = teamsUser('Chair Office', { timeZone: 'America/New_York' });
  const delegate = teamsUser('Wei Ling Tan', { timeZone: 'Asia/Singapore' });
  const provider = teamsUser('Ana Souza', { timeZone: 'Europe/Zurich' });
  const kenyan = teamsUser('Otieno Kamau', { timeZone: 'Africa/Nairobi' });
  const outsider = teamsUser('Someone Else');
  const refs = new Map<TeamsUser, string>();

  beforeAll(async () => {
    bot = await startBot({ now: OPEN, env: { CHAIR_TEAM: chair.aadObjectId } });
    await bot.store.events.upsert(roundtable());
  });
  afterAll(() => bot.close());

  /** Sends a chat line and returns the text of every card or message the bot answered with. */
  async function say(user: TeamsUser, text: string): Promise<string> {
    await bot.post(personalChat(user, bot.connector.serviceUrl).message(text));
    return bot
      .takeSent()
      .map((a) => (a.attachments ? cardText(cardOf(a)) : String(a.text)))
      .join('\n');
  }

  async function openForm(user: TeamsUser) {
    const chat = personalChat(user, bot.connector.serviceUrl);
    const { body } = await bot.post(chat.invoke('registration.open', { eventId: EVENT_ID }));
    return cardOf(body);
  }

  let minute = 10;
  /** Registers through the real card flow, a few minutes apart so registration order is fixed. */
  async function register(user: TeamsUser, inputs: Record<string, string>) {
    bot.clock.set(`2024-05-01T15:${String((minute += 5)).padStart(2, '0')}:00Z`);
    const card = await openForm(user);
    const data = {
      ...actionData(card, 'registration.submit'),
      ...validInputs({ questionIds: '', ...inputs }),
    };
    const chat = personalChat(user, bot.connector.serviceUrl);
    const { body } = await bot.post(chat.invoke('registration.submit', data));
    const text = cardText(cardOf(body));
    const code = /REG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(text)?.[0];
    if (code) refs.set(user, code);
    return text;
  }

  const invitations = () => bot.store.roundtable.invitations.list(EVENT_ID);

  /**
   * Waits until the outbox has sent `count` messages of `kind` and returns them by the chat
   * they went to; later answers are then read alone.
   */
  async function pushed(kind: 'matchProposal' | 'matchSchedule', count: number) {
    const sentOfKind = async () =>
      (await bot.store.outbox.list({ eventId: EVENT_ID, status: 'sent' })).filter(
        (r) => r.kind === kind,
      );
    for (let i = 0; i < 400 && (await sentOfKind()).length < count; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const rows = await sentOfKind();
    const ids = new Set(rows.map((r) => `outbox-${r.id}`));
    bot.takeSent();
    const of = (user: TeamsUser) =>
      bot.connector.sent
        .filter((s) => ids.has((s.activity.channelData as { outboxId?: string })?.outboxId ?? ''))
        .filter(
          (s) => s.conversationId === personalChat(user, bot.connector.serviceUrl).conversationId,
        )
        .map((s) =>
          s.activity.attachments ? cardText(cardOf(s.activity)) : String(s.activity.text),
        );
    return { of, rows };
  }

  it('when someone outside the chair team types "invite all", then they are refused and nothing is invited', async () => {
    expect(await say(outsider, 'invite all')).toContain("for the Chair's team only");
    expect(await invitations()).toHaveLength(0);
  });

  it('when the chair invites all States twice, then every Member and Observer State is invited once', async () => {
    expect(await say(chair, 'invite all')).toContain('195 new invitations created');
    expect(await say(chair, 'invite all')).toContain('0 new invitations created; 195 States');
    const codes = (await invitations()).map((i) => i.stateCode);
    expect(codes).toContain('VA');
    expect(codes).toContain('PS');
  });

  it('when the chair records an acceptance for an unknown State code, then it is refused and nothing changes', async () => {
    const before = await invitations();
    const answer = await say(chair, 'accept XK minister A. Person, Minister of Things');
    expect(answer).toContain('"XK" is not the ISO code of a Member State or Observer State');
    expect(await invitations()).toStrictEqual(before);
  });

  it('when the chair records acceptances and requests for remarks, then the opening order follows the level', async () => {
    expect(
      await say(chair, 'accept KE ambassador Martin Kimani, Permanent Representative'),
    ).toContain('Kenya accepted: Martin Kimani, Permanent Representative (Ambassador)');
    expect(await say(chair, 'remarks KE')).toContain('place 1');
    bot.clock.set('2024-05-01T15:00:00Z');
    expect(
      await say(
        chair,
        'accept SG minister Josephine Teo, Minister for Digital Development and Information',
      ),
    ).toContain('Singapore accepted: Josephine Teo');
    expect(await say(chair, 'remarks SG')).toContain('place 1');
    expect(await say(chair, 'remarks SG')).toContain('already requested');
    expect(await say(chair, 'decline FR')).toContain('France: Declined');
    const order = await say(chair, 'opening remarks');
    expect(order.indexOf('1. Singapore: Josephine Teo')).toBeGreaterThan(-1);
    expect(order.indexOf('2. Kenya: Martin Kimani')).toBeGreaterThan(order.indexOf('1. Singapore'));
    const summary = await say(chair, 'invitations');
    expect(summary).toContain('195 invited: 2 accepted, 1 declined, 192 without answer');
  });

  it('when the chair seeds the speaking queue with the opening remarks, then it holds them in order, once', async () => {
    expect(await say(chair, 'opening remarks to queue')).toContain('2 speakers added');
    expect(await say(chair, 'opening remarks to queue')).toContain('0 speakers added');
    const queue = await bot.store.queues.get(EVENT_ID, 'opening-plenary');
    expect(queue?.entries.map((e) => e.speaker.organization)).toEqual(['Singapore', 'Kenya']);
  });

  it('when a delegation member of a State opens the form, then they can choose their delegation', async () => {
    const card = await openForm(delegate);
    expect(cardText(card)).toContain('For the roundtable');
    expect(JSON.stringify(card)).toContain('Delegation of');
    expect(inputValue(card, 'rtDelegation')).toBe('');
  });

  it('when a State delegate leaves out the delegation, then the form is shown again and nothing is saved', async () => {
    const text = await register(delegate, {
      category: 'member-state',
      country: 'SG',
      givenName: 'Wei Ling',
      familyName: 'Tan',
    });
    expect(text).toContain('Choose the State whose delegation you belong to');
    expect(await bot.store.registrations.listForEvent(EVENT_ID)).toHaveLength(0);
  });

  it('when the minister’s delegation member registers against the delegation, then it is stored with the registration', async () => {
    const text = await register(delegate, {
      category: 'member-state',
      country: 'SG',
      givenName: 'Wei Ling',
      familyName: 'Tan',
      organization: 'Ministry of Digital Development and Information',
      rtDelegation: 'SG',
      rtBreakout1: 'breakout-cbms',
      rtBreakout2: 'breakout-norms',
    });
    expect(text).toMatch(/REG-/);
    const [registration] = await bot.store.registrations.listForEvent(EVENT_ID);
    const details = await bot.store.roundtable.participation.get(registration?.id ?? '');
    expect(details).toMatchObject({
      delegationOf: 'SG',
      breakoutChoices: ['breakout-cbms', 'breakout-norms'],
    });
  });

  it('when a provider declares offers and a State delegate needs, then the chair’s proposal pairs them', async () => {
    await register(provider, {
      category: 'capacity-building-provider',
      country: 'BR',
      givenName: 'Ana',
      familyName: 'Souza',
      organization: 'Cyber Capacity Foundation',
      rtAreas: 'threats,norms',
      rtRegion: 'african',
      rtBreakout1: 'breakout-cbms',
    });
    await register(kenyan, {
      category: 'member-state',
      country: 'KE',
      givenName: 'Otieno',
      familyName: 'Kamau',
      organization: 'Ministry of ICT',
      rtDelegation: 'KE',
      rtAreas: 'threats',
      rtRegion: 'african',
      rtBreakout1: 'breakout-cbms',
    });
    expect(await say(kenyan, 'matchmaking propose')).toContain("for the Chair's team only");
    const proposed = await say(chair, 'matchmaking propose');
    expect(proposed).toContain('1 proposal in all (1 new)');
    expect(proposed).toContain('2 new proposals are on their way');
    const [match] = await bot.store.roundtable.matches.list(EVENT_ID);
    expect(match).toMatchObject({
      providerId: refs.get(provider),
      stateId: 'KE',
      status: 'proposed',
    });
    // Each side is told in their own chat, with Accept and Decline; nobody else is.
    const { of, rows } = await pushed('matchProposal', 2);
    for (const side of [provider, kenyan]) {
      expect(of(side)).toEqual([expect.stringContaining('Kenya')]);
      expect(of(side)[0]).toContain(`Accept ${match?.id}`);
    }
    expect(of(delegate)).toEqual([]);
    expect(rows.filter((r) => r.kind === 'matchProposal')).toHaveLength(2);
    // Proposing again tells nobody twice.
    expect(await say(chair, 'matchmaking propose')).toContain('0 new proposals are on their way');
  });

  it('when both sides accept, by card and by chat, then the match is made', async () => {
    const chat = personalChat(provider, bot.connector.serviceUrl);
    await bot.post(chat.message('my matches'));
    const card = cardOf(bot.takeSent()[0]);
    expect(cardText(card)).toContain('Kenya');
    const data = actionData(card, 'match.accept') ?? {};
    const { body } = await bot.post(chat.invoke('match.accept', data));
    expect(cardText(cardOf(body))).toContain('Accepted by the provider');
    const id = `${refs.get(provider)}~KE`;
    expect(await say(kenyan, `accept match ${id.toLowerCase()}`)).toContain('Matched');
    expect(await say(kenyan, `accept match ${id}`)).toContain('already accepted');
  });

  it('when the chair schedules, then both sides see the same slot and table, in both zones', async () => {
    const scheduled = await say(chair, 'matchmaking schedule');
    expect(scheduled).toContain('1 meeting scheduled; matched pairs that could not be placed: 0');
    expect(scheduled).toContain('2 new or changed schedules');
    const { of } = await pushed('matchSchedule', 2);
    expect(of(provider).join()).toContain(
      '13:30-13:50 event time (19:30-19:50 your time), Table 1',
    );
    expect(of(kenyan).join()).toContain('13:30-13:50 event time (20:30-20:50 your time), Table 1');
    expect(await say(chair, 'matchmaking schedule')).toContain('0 new or changed schedules');
    const providerView = await say(provider, 'my schedule');
    const stateView = await say(kenyan, 'my schedule');
    expect(providerView).toContain('13:30-13:50 event time (19:30-19:50 your time), Table 1');
    expect(stateView).toContain('13:30-13:50 event time (20:30-20:50 your time), Table 1');
    expect(providerView).toContain('Cyber Capacity Foundation');
    expect(stateView).toContain('Kenya');
  });

  it('when the chair assigns breakouts, then choices are honoured up to capacity and everyone sees their group', async () => {
    expect(await say(delegate, 'breakout breakout-cbms breakout-nowhere')).toContain(
      'There is no breakout group "breakout-nowhere"',
    );
    expect(await say(outsider, 'breakouts assign')).toContain("for the Chair's team only");
    expect(await say(chair, 'breakouts assign')).toContain(
      'Participants placed in breakout groups: 3',
    );
    expect(await say(delegate, 'my breakout')).toContain('confidence-building measures');
    expect(await say(provider, 'my breakout')).toContain('confidence-building measures');
    expect(await say(kenyan, 'my breakout')).toContain('existing and emerging threats');
    expect(await say(chair, 'breakouts')).toContain('(2/2)');
  });

  it('when the chair moves someone into a full group, then it is refused unless forced', async () => {
    const before = await bot.store.roundtable.breakouts.get(EVENT_ID);
    const code = refs.get(kenyan) ?? '';
    expect(await say(chair, `breakout move ${code} breakout-cbms`)).toContain('The group is full');
    expect(await bot.store.roundtable.breakouts.get(EVENT_ID)).toStrictEqual(before);
    expect(await say(chair, `breakout move ${code} breakout-cbms force`)).toContain('Otieno Kamau');
    expect(await say(kenyan, 'my breakout')).toContain('confidence-building measures');
    // Assigning again (say, after late registrations) keeps the chair's move.
    expect(await say(chair, 'breakouts assign')).toContain(
      'Participants placed in breakout groups: 3',
    );
    expect(await say(kenyan, 'my breakout')).toContain('confidence-building measures');
  });

  it('when the chair exports invitations and breakouts, then each single-use link gives a CSV', async () => {
    for (const [command, rows] of [
      ['invitations export', 196],
      ['breakouts export', 4],
    ] as const) {
      await bot.post(personalChat(chair, bot.connector.serviceUrl).message(command));
      const url = /\/api\/exports\/[A-Za-z0-9_-]+/.exec(JSON.stringify(bot.takeSent()))?.[0];
      const first = await fetch(`${bot.baseUrl}${url}`);
      expect(first.status).toBe(200);
      expect((await first.text()).trimEnd().split('\r\n')).toHaveLength(rows);
      expect((await fetch(`${bot.baseUrl}${url}`)).status).toBe(404);
    }
  });

  it('when a registrant asks for the programme, then each session is in the event zone and theirs, with people', async () => {
    const text = await say(provider, 'programme');
    expect(text).toContain('Times in America/New_York (event) and Europe/Zurich (yours)');
    expect(text).toContain(
      '2024-05-10 09:00-10:00 (2024-05-10 15:00-16:00 your time): Opening Plenary',
    );
    expect(text).toContain('Moderated by: Burhan Gafoor');
    expect(text).toContain(
      'António Guterres, Secretary-General of the United Nations (to be confirmed)',
    );
  });

  it('when a registrant asks what is next, then the next or current session is given in both zones', async () => {
    expect(await say(delegate, "what's next?")).toContain('Next: Welcome Reception');
    bot.clock.set('2024-05-10T14:10:00Z');
    const now = await say(delegate, "what's next");
    expect(now).toContain('Now: Signature Panel I');
    expect(now).toMatch(/Event time \(America\/New_York\): .*11:30/);
    expect(now).toMatch(/Your time \(Asia\/Singapore\): .*23:30/);
  });
});
