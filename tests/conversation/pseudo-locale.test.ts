import { countryChoices } from '../../core/registration/countries';
import { languageChoices } from '../../core/i18n/language-names';
import { seedDialogue, startBot, type BotHarness } from '../support/bot-harness';
import { actionData, cardOf } from '../support/card-inspect';
import { bypassingTexts, visibleTexts } from '../support/pseudo-check';
import { personalChat, teamsUser } from '../support/teams-activities';
import { TEST_OUTBOX, deliveredTo, waitFor } from '../outbox/outbox-helpers';
import { EVENT_ID, validInputs } from './journey-helpers';

/** What a reply shows: its text, or its card's visible texts. */
function textsOf(payload: any): string[] {
  if (typeof payload?.text === 'string' && !payload.attachments) return [payload.text];
  return visibleTexts(cardOf(payload));
}

describe('Conversation journeys in the pseudo-locale', () => {
  let bot: BotHarness;
  const pseudo = { locale: 'qps-ploc', timeZone: 'Asia/Tokyo' };
  const person = teamsUser('Amina Diallo', pseudo);
  const chair = teamsUser('Katherine Prizeman', pseudo);
  const chat = () => personalChat(person, bot.connector.serviceUrl);
  const chairChat = () => personalChat(chair, bot.connector.serviceUrl);
  const seen: string[] = [];
  const typed = Object.values(validInputs()).concat(['Open Net Africa']);
  // Country names come from ICU, which has no pseudo-locale: they are data here.
  // Each language is offered under its own name, whatever the reader's language.
  const endonyms = languageChoices().map((c) => c.name);
  const data = [...typed, ...countryChoices('en').map((c) => c.name), ...endonyms, 'Amina Diallo'];

  beforeAll(async () => {
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      env: { CHAIR_TEAM: chair.aadObjectId },
      outbox: TEST_OUTBOX,
    });
  });
  afterAll(() => bot.close());

  const say = async (text: string, who = chat()) => {
    await bot.post(who.message(text));
    for (const reply of bot.takeSent()) {
      seen.push(...textsOf(reply));
    }
  };
  const click = async (verb: string, body: Record<string, unknown>, who = chat()) => {
    const { body: reply } = await bot.post(who.invoke(verb, body));
    const card = cardOf(reply);
    seen.push(...visibleTexts(card));
    return card;
  };

  it('when a registrant goes through every step, then every text they read comes from the catalog', async () => {
    await bot.post(chat().install());
    for (const reply of bot.takeSent()) seen.push(...textsOf(reply));
    for (const line of [
      'hi',
      'help',
      'what?',
      'my registration',
      'statement',
      'language',
      'language xx',
    ])
      await say(line);
    const form = await click('registration.open', { eventId: EVENT_ID });
    const submit = actionData(form, 'registration.submit') ?? {};
    await click('registration.submit', {
      ...submit,
      ...validInputs({ email: 'bad@', givenName: '' }),
    });
    await click('registration.submit', { ...submit, ...validInputs() });
    await say('my registration');
    const [registration] = await bot.store.registrations.listForEvent(EVENT_ID);
    const edit = await click('registration.edit', { registrationId: registration!.id });
    await click('registration.submit', {
      ...actionData(edit, 'registration.submit'),
      ...validInputs({ organization: 'Open Net Africa' }),
    });
    await click('registration.withdraw', { registrationId: registration!.id });
    await click('statement.submit', { eventId: EVENT_ID, statementText: '' });
    await say('statement');
    for (const line of ['registrations', 'export', `confirm ${registration!.referenceCode}`])
      await say(line, chairChat());
    await waitFor('login details', () => deliveredTo(bot, chat().conversationId).length >= 2);
    for (const sent of deliveredTo(bot, chat().conversationId)) seen.push(...textsOf(sent));

    expect(seen.length).toBeGreaterThan(100);
    expect([...new Set(bypassingTexts(seen, data))]).toEqual([]);
  });

  it('when the seed event is shown, then its English texts are marked, inside the brackets', () => {
    const title = seedDialogue().title;
    expect(seen.some((t) => t.startsWith(`[\u2068${title}`) || t.startsWith(`[${title}`))).toBe(
      true,
    );
  });
});
