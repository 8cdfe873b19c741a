import { startBot, type BotHarness } from '../support/bot-harness';
import { actionData, cardOf, cardText } from '../support/card-inspect';
import { personalChat, teamsUser } from '../support/teams-activities';
import { chairSays } from '../outbox/outbox-helpers';
import { EVENT_ID, register, validInputs } from './journey-helpers';

/**
 * A confirmed registrant edits their registration: what they wish (speaking, questions,
 * accessibility) keeps the chair's decision; who they are goes back to the chair's team.
 */
describe('Editing a confirmed registration', () => {
  let bot: BotHarness;
  const chair = teamsUser('Katherine Prizeman');
  const amina = teamsUser('Amina Diallo');
  const chat = () => personalChat(amina, bot.connector.serviceUrl);
  const stored = async () => (await bot.store.registrations.listForEvent(EVENT_ID))[0]!;

  /** Opens the edit card of the stored registration and submits it with `changes`. */
  async function edit(changes: Record<string, string>): Promise<string> {
    const { body: form } = await bot.post(
      chat().invoke('registration.edit', { registrationId: (await stored()).id }),
    );
    const data = { ...actionData(cardOf(form), 'registration.submit'), ...validInputs(changes) };
    const { body } = await bot.post(chat().invoke('registration.submit', data));
    return cardText(cardOf(body));
  }

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z', env: { CHAIR_TEAM: chair.aadObjectId } });
    await register(bot, amina);
    expect(await chairSays(bot, chair, `confirm ${(await stored()).referenceCode}`)).toContain(
      '1 confirmed',
    );
  }, 120_000);
  afterAll(() => bot.close());

  it('when they change speaking, questions or accessibility, then they stay confirmed', async () => {
    const text = await edit({
      wishesToSpeak: 'false',
      questionIds: 'q2',
      accessibilityNeeds: 'Captions',
    });
    expect(text).not.toContain('back under review');
    expect(await stored()).toMatchObject({ status: 'confirmed', accessibilityNeeds: 'Captions' });
  });

  it('when they change their organization, then it is pending again and the card says why', async () => {
    const text = await edit({ organization: 'Another Organization' });
    expect(text).toContain('back under review');
    expect(await stored()).toMatchObject({
      status: 'pending',
      organization: 'Another Organization',
    });
  });

  it('when the chair confirms all pending, then the changed registration is among them', async () => {
    expect(await chairSays(bot, chair, 'confirm all pending')).toContain('1 confirmed');
    expect(await stored()).toMatchObject({ status: 'confirmed' });
  });

  it('when they change their name after that, then it goes back to review once more', async () => {
    expect(await edit({ givenName: 'Someone', organization: 'Another Organization' })).toContain(
      'back under review',
    );
    expect((await stored()).status).toBe('pending');
  });
});
