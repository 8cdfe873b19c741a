import { startBot, type BotHarness } from '../support/bot-harness';
import { actionData, cardOf, cardText, inputValue, verbs } from '../support/card-inspect';
import { startPlayground, type Playground } from '../support/playground';
import { EVENT_ID, validInputs } from '../conversation/journey-helpers';

const CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * One registration through Microsoft 365 Agents Playground, the local Teams client a newcomer
 * uses with `npm start`: the Playground, not our own activity builder, shapes every activity,
 * so this proves the bot accepts what a Teams-like client really sends (ids, tenant, locale,
 * `localTimezone`, Action.Execute invokes).
 */
describe('Registration through Agents Playground', () => {
  let bot: BotHarness;
  let playground: Playground;

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
    playground = await startPlayground({
      botEndpoint: `${bot.baseUrl}/api/messages`,
      timeZone: 'Europe/Zurich',
    });
  }, 60_000);
  afterAll(async () => {
    await playground?.stop();
    await bot?.close();
  });

  it('when the user says "hi", then the open dialogue is offered on a card', async () => {
    await playground.say('hi');
    const offer = await playground.waitForReply((r) => r.attachments[0]?.contentType === CARD);
    const card = offer.attachments[0]!.content;
    expect(cardText(card)).toContain('rules, norms and principles');
    expect(actionData(card, 'registration.open')).toEqual({ eventId: EVENT_ID });
  });

  it('when the user registers through the form, then a confirmation with a reference code comes back and one record exists', async () => {
    const { config } = await playground.config();
    const form = cardOf(await playground.invoke('registration.open', { eventId: EVENT_ID }));
    expect(verbs(form)).toContain('registration.submit');
    // The Playground's mock profile fills the email, as Teams does from the user's profile.
    expect(inputValue(form, 'email')).toBe(config.currentUser.email);

    const data = { ...actionData(form, 'registration.submit'), ...validInputs() };
    const confirmation = cardText(cardOf(await playground.invoke('registration.submit', data)));
    const code = /REG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(confirmation)?.[0];
    expect(code).toBeDefined();
    // The deadline in the user's own zone, from the Playground's `localTimezone`.
    expect(confirmation).toMatch(/18:00 (CET|GMT\+1) \(your time\)/);

    // A resubmitted card (double click) does not create a second record.
    await playground.invoke('registration.submit', data);
    const all = await bot.store.registrations.listForEvent(EVENT_ID);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      referenceCode: code,
      tenantId: config.tenantId,
      aadObjectId: config.currentUser.aadObjectId,
    });
  });

  it('when the user asks for "my registration", then it is shown with its reference code', async () => {
    const [registration] = await bot.store.registrations.listForEvent(EVENT_ID);
    await playground.say('my registration');
    const reply = await playground.waitForReply((r) => r.attachments[0]?.contentType === CARD);
    expect(cardText(reply.attachments[0]!.content)).toContain(registration!.referenceCode);
  });
});
