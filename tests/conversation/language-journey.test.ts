import { translate } from '../../core/i18n/catalog';
import { seedDialogue, startBot, type BotHarness } from '../support/bot-harness';
import { actionData, cardOf, cardText, inputValue, verbs } from '../support/card-inspect';
import { TENANT_ID, personalChat, teamsUser, type TeamsUser } from '../support/teams-activities';
import { EVENT_ID, validInputs } from './journey-helpers';
import { TEST_OUTBOX, chairSays, deliveredTo, waitFor } from '../outbox/outbox-helpers';

const ARABIC = /[\u0600-\u06FF]/;
const LATIN_WORD = /[A-Za-z]{3,}/g;

/** Latin words a card may show in Arabic: what the person typed, codes, links and the seed event. */
function latinWordsOf(text: string, allowed: readonly string[]): string[] {
  const data = allowed.join(' ');
  return (text.replace(/https?:\/\/\S+/g, '').match(LATIN_WORD) ?? []).filter(
    (word) => !data.includes(word),
  );
}

describe('A registrant in French and in Arabic', () => {
  let bot: BotHarness;
  const seed = seedDialogue();
  const chair = teamsUser('Katherine Prizeman');

  beforeAll(async () => {
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      env: { CHAIR_TEAM: chair.aadObjectId },
      outbox: TEST_OUTBOX,
    });
  });
  afterAll(() => bot.close());

  async function registerAndEdit(user: TeamsUser, organization: string) {
    const chat = personalChat(user, bot.connector.serviceUrl);
    const { body: form } = await bot.post(chat.invoke('registration.open', { eventId: EVENT_ID }));
    const data = actionData(cardOf(form), 'registration.submit');
    const { body: registered } = await bot.post(
      chat.invoke('registration.submit', { ...data, ...validInputs({ organization }) }),
    );
    const [registration] = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.aadObjectId === user.aadObjectId,
    );
    const { body: editForm } = await bot.post(
      chat.invoke('registration.edit', { registrationId: registration!.id }),
    );
    const editData = actionData(cardOf(editForm), 'registration.submit');
    const { body: edited } = await bot.post(
      chat.invoke('registration.submit', {
        ...editData,
        ...validInputs({ organization, jobTitle: 'Directrice' }),
      }),
    );
    return {
      chat,
      form: cardOf(form),
      registered: cardOf(registered),
      editForm: cardOf(editForm),
      edited: cardOf(edited),
      reference: registration!.referenceCode,
    };
  }

  async function loginDetailsOf(user: TeamsUser, reference: string) {
    const chat = personalChat(user, bot.connector.serviceUrl);
    const before = deliveredTo(bot, chat.conversationId).length;
    expect(await chairSays(bot, chair, `confirm ${reference}`)).toContain('1 confirmed');
    await waitFor(
      'status and login details',
      () => deliveredTo(bot, chat.conversationId).length >= before + 2,
    );
    const [status, login] = deliveredTo(bot, chat.conversationId).slice(-2);
    return { status: String(status?.text), login: login?.attachments?.[0]?.content };
  }

  it('when Teams is in Arabic, then registering, editing and the login details are in Arabic, right to left', async () => {
    const layla = teamsUser('Layla Haddad', { locale: 'ar-EG', timeZone: 'Africa/Cairo' });
    const org = 'Digital Rights Coalition';
    const steps = await registerAndEdit(layla, org);
    const typed = [
      org,
      'Amina',
      'Diallo',
      'amina.diallo@example.org',
      'Directrice',
      'Policy',
      'Director',
    ];
    for (const card of [steps.form, steps.registered, steps.editForm, steps.edited]) {
      expect(card.rtl).toBe(true);
      expect(cardText(card)).toMatch(ARABIC);
    }
    expect(cardText(steps.form)).toContain(translate('ar', 'cards.form.headingCreate'));
    // The English organization name sits isolated inside the Arabic text, so it reads in order.
    expect(cardText(steps.edited)).toContain(org);
    expect(cardText(steps.edited)).toContain('الاثنين، 26 فبراير 2024');
    expect(inputValue(steps.editForm, 'jobTitle')).toBe('Policy Director');

    const { status, login } = await loginDetailsOf(layla, steps.reference);
    expect(status).toBe(
      translate('ar', 'outbox.status.confirmed', {
        reference: steps.reference,
        title: translate('ar', 'language.inLanguage', {
          text: seed.title,
          language: 'الإنجليزية',
        }),
      }),
    );
    expect(login.rtl).toBe(true);
    const text = cardText(login);
    expect(text).toContain(translate('ar', 'outbox.login.heading'));
    expect(text).toMatch(/الأربعاء، 28 فبراير 2024/);
    const seedWords = [seed.title, ...seed.guidingQuestions.map((q) => q.text)];
    expect(
      latinWordsOf(text, [
        ...typed,
        ...seedWords,
        steps.reference,
        'REG',
        'ics',
        'Microsoft Graph Teams',
      ]),
    ).toEqual([]);
  });

  it('when a registrant types "language fr", then the bot answers in French and writes later in French', async () => {
    const claire = teamsUser('Claire Martin', { locale: 'en-US' });
    const chat = personalChat(claire, bot.connector.serviceUrl);
    await bot.post(chat.message('language fr'));
    const [reply] = bot.takeSent().filter((a) => a.conversation?.id === chat.conversationId);
    expect(cardText(cardOf(reply))).toContain('Désormais, je vous écrirai en français.');
    expect(await bot.store.conversations.language(TENANT_ID, claire.aadObjectId)).toBe('fr');

    const steps = await registerAndEdit(claire, 'Open Net Africa');
    expect(cardText(steps.form)).toContain(translate('fr', 'cards.form.headingCreate'));
    expect(steps.form.rtl).toBeUndefined();
    expect(cardText(steps.edited)).toContain('lundi 26 février 2024');
    const { status, login } = await loginDetailsOf(claire, steps.reference);
    expect(status).toContain('est confirmée');
    expect(cardText(login)).toContain(translate('fr', 'outbox.login.heading'));
    expect(cardText(login)).toContain('(en anglais)');
  });

  it('when the language named is not one of the six, then the six are offered and nothing changes', async () => {
    const user = teamsUser('Hans Weber', { locale: 'de-DE' });
    const chat = personalChat(user, bot.connector.serviceUrl);
    for (const line of ['language xx', 'language', 'language ar-']) {
      await bot.post(chat.message(line));
      const [reply] = bot.takeSent().filter((a) => a.conversation?.id === chat.conversationId);
      const card = cardOf(reply);
      expect(cardText(card)).toContain('ar (العربية), zh (中文)');
      expect(verbs(card)).toEqual(Array(6).fill('language.set'));
    }
    expect(await bot.store.conversations.language(TENANT_ID, user.aadObjectId)).toBeUndefined();
    const { body } = await bot.post(chat.invoke('language.set', { language: 'klingon' }));
    expect(verbs(cardOf(body))).toHaveLength(6);
    const { body: chosen } = await bot.post(chat.invoke('language.set', { language: 'zh' }));
    expect(cardText(cardOf(chosen))).toContain('中文');
    expect(await bot.store.conversations.language(TENANT_ID, user.aadObjectId)).toBe('zh');
  });

  it('when the locale is malformed or absurd, then the bot answers in English without an error', async () => {
    for (const locale of ['xx', 'ar-', 'x'.repeat(300)]) {
      const user = teamsUser('Someone', { locale });
      const chat = personalChat(user, bot.connector.serviceUrl);
      const { status, body } = await bot.post(
        chat.invoke('registration.open', { eventId: EVENT_ID }),
      );
      expect(status).toBe(200);
      expect(cardText(cardOf(body))).toContain(translate('en', 'cards.form.headingCreate'));
      expect(cardOf(body).rtl).toBeUndefined();
    }
  });

  it("when the chair reads Spanish, then the export's headings are Spanish and the data as entered", async () => {
    const chairChat = personalChat(chair, bot.connector.serviceUrl);
    await chairSays(bot, chair, 'language es');
    const before = deliveredTo(bot, chairChat.conversationId).length;
    await chairSays(bot, chair, 'export');
    const card = deliveredTo(bot, chairChat.conversationId)[before];
    const url = /\/api\/exports\/[A-Za-z0-9_-]+/.exec(JSON.stringify(card))?.[0];
    const csv = await (await fetch(`${bot.baseUrl}${url}`)).text();
    const [headings, ...rows] = csv.trimEnd().split('\r\n');
    expect(headings).toMatch(/^"Código de referencia","Estado","Canal","Nombre","Apellido"/);
    expect(rows.join('\n')).toContain('"Digital Rights Coalition"');
    expect(rows.join('\n')).toContain('"Non-governmental organization"');
  });
});
