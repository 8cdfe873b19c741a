import { actionData, cardOf, cardText, inputValue, verbs } from '../support/card-inspect';
import { startBot, type BotHarness } from '../support/bot-harness';
import { personalChat, teamsUser } from '../support/teams-activities';

const EVENT_ID = 'oewg-informal-dialogue-2024-02-28';
const OPEN = '2024-02-20T15:00:00Z';

describe('Registration journey in personal chat (seed informal dialogue)', () => {
  let bot: BotHarness;
  const amina = teamsUser('Amina Diallo');
  const chat = () => personalChat(amina, bot.connector.serviceUrl);

  beforeAll(async () => {
    bot = await startBot({ now: OPEN });
    bot.connector.members.set(amina.id, {
      id: amina.id,
      name: 'Amina Diallo',
      givenName: 'Amina',
      surname: 'Diallo',
      email: 'amina.diallo@example.org',
      aadObjectId: amina.aadObjectId,
    });
  });
  afterAll(() => bot.close());

  const submit = (data: Record<string, unknown>) =>
    bot.post(chat().invoke('registration.submit', data));
  const validInputs = {
    givenName: 'Amina',
    familyName: 'Diallo',
    email: 'amina.diallo@example.org',
    organization: 'Digital Rights Coalition',
    category: 'ngo',
    country: 'SN',
    jobTitle: 'Policy Director',
    wishesToSpeak: 'true',
    groupName: 'Cyber Peace Coalition',
    groupMembers: 'Digital Rights Coalition\nOpen Net Africa',
    questionIds: 'q1,q3',
    accessibilityNeeds: '',
    consent: 'true',
  };
  let formData: Record<string, unknown>;
  let referenceCode: string;

  it('when the app is installed, then the bot greets and offers the open dialogue', async () => {
    const { status } = await bot.post(chat().install());
    expect(status).toBe(200);
    const [welcome, list] = bot.takeSent();
    expect(String(welcome?.text)).toMatch(/Welcome/);
    expect(cardText(cardOf(list))).toContain('rules, norms and principles');
    expect(actionData(cardOf(list), 'registration.open')).toEqual({ eventId: EVENT_ID });
  });

  it('when the user says "hi", then the open events are offered again', async () => {
    await bot.post(chat().message('hi'));
    expect(verbs(cardOf(bot.takeSent()[0]))).toContain('registration.open');
  });

  it('when the user opens the form, then email and names are prefilled from the Teams profile', async () => {
    const { status, body } = await bot.post(
      chat().invoke('registration.open', { eventId: EVENT_ID }),
    );
    expect(status).toBe(200);
    const form = cardOf(body);
    expect(inputValue(form, 'email')).toBe('amina.diallo@example.org');
    expect(inputValue(form, 'givenName')).toBe('Amina');
    formData = actionData(form, 'registration.submit') ?? {};
    expect(formData).toMatchObject({ eventId: EVENT_ID, mode: 'create' });
    expect(typeof formData.formId).toBe('string');
  });

  it('when the form is invalid, then the same form comes back with errors, the input kept and nothing saved', async () => {
    const { body } = await submit({
      ...formData,
      ...validInputs,
      givenName: '',
      email: 'amina@',
      organization: 'Kept Org',
    });
    const form = cardOf(body);
    expect(cardText(form)).toContain('This field is required.');
    expect(cardText(form)).toContain('Please enter a valid email address');
    expect(inputValue(form, 'organization')).toBe('Kept Org');
    expect(inputValue(form, 'email')).toBe('amina@');
    expect(await bot.store.registrations.listForEvent(EVENT_ID)).toHaveLength(0);
  });

  it('when the form is valid, then the card shows the reference, status and deadline in both time zones', async () => {
    const { body } = await submit({ ...formData, ...validInputs });
    const text = cardText(cardOf(body));
    referenceCode = /REG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(text)?.[0] ?? '';
    expect(referenceCode).not.toBe('');
    expect(text).toContain("Pending confirmation by the Chair's team");
    expect(text).toContain('Monday, 26 February 2024, 12:00 EST');
    expect(text).toContain('Monday, 26 February 2024, 18:00 GMT+1');
    const stored = await bot.store.registrations.listForEvent(EVENT_ID);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      referenceCode,
      group: { name: 'Cyber Peace Coalition' },
      questionIds: ['q1', 'q3'],
    });
  });

  it('when the same card is submitted again, even five times at once, then no second record is created', async () => {
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => submit({ ...formData, ...validInputs })),
    );
    for (const { status, body } of replies) {
      expect(status).toBe(200);
      expect(cardText(cardOf(body))).toContain(referenceCode);
    }
    expect(await bot.store.registrations.listForEvent(EVENT_ID)).toHaveLength(1);
  });

  it('when a fresh form is submitted by someone already registered, then they are shown their registration', async () => {
    const { body } = await submit({
      ...validInputs,
      eventId: EVENT_ID,
      mode: 'create',
      formId: 'another-card',
    });
    expect(cardText(cardOf(body))).toContain('You are already registered');
    expect(await bot.store.registrations.listForEvent(EVENT_ID)).toHaveLength(1);
  });

  it('when the user types "my registration", then they see it with edit and withdraw', async () => {
    await bot.post(chat().message('my registration'));
    const card = cardOf(bot.takeSent()[0]);
    expect(cardText(card)).toContain(referenceCode);
    expect(verbs(card)).toEqual(
      expect.arrayContaining(['registration.edit', 'registration.withdraw']),
    );
  });

  it('when the user edits, then the change is saved and an old edit card cannot overwrite it', async () => {
    const [registration] = await bot.store.registrations.listForEvent(EVENT_ID);
    const { body: editForm } = await bot.post(
      chat().invoke('registration.edit', { registrationId: registration?.id }),
    );
    const editData = actionData(cardOf(editForm), 'registration.submit') ?? {};
    expect(editData).toMatchObject({ mode: 'edit', baseVersion: 1 });
    expect(inputValue(cardOf(editForm), 'organization')).toBe('Digital Rights Coalition');

    const { body: updated } = await submit({
      ...editData,
      ...validInputs,
      organization: 'Open Net Africa',
    });
    expect(cardText(cardOf(updated))).toContain('Open Net Africa');
    const { body: stale } = await submit({
      ...editData,
      ...validInputs,
      organization: 'Stale Org',
    });
    expect(cardText(cardOf(stale))).toContain('changed since this card was shown');
    const [saved] = await bot.store.registrations.listForEvent(EVENT_ID);
    expect(saved).toMatchObject({ organization: 'Open Net Africa', version: 2, referenceCode });
  });

  it('when the user withdraws and confirms, then the registration is withdrawn', async () => {
    const [registration] = await bot.store.registrations.listForEvent(EVENT_ID);
    const { body: prompt } = await bot.post(
      chat().invoke('registration.withdraw', { registrationId: registration?.id }),
    );
    const confirm = actionData(cardOf(prompt), 'registration.withdrawConfirm');
    expect(confirm).toEqual({ registrationId: registration?.id, baseVersion: 2 });
    const { body } = await bot.post(chat().invoke('registration.withdrawConfirm', confirm ?? {}));
    expect(cardText(cardOf(body))).toContain('Withdrawn');
    expect((await bot.store.registrations.listForEvent(EVENT_ID))[0]?.status).toBe('withdrawn');
  });

  it('when the deadline has passed, then the bot says so in both time zones and writes nothing', async () => {
    bot.clock.set('2024-02-26T17:00:00Z');
    await bot.post(chat().message('register'));
    expect(verbs(cardOf(bot.takeSent()[0]))).not.toContain('registration.open');
    const { body } = await bot.post(chat().invoke('registration.open', { eventId: EVENT_ID }));
    const text = cardText(cardOf(body));
    expect(text).toContain('closed on Monday, 26 February 2024, 12:00 EST');
    expect(text).toContain('18:00 GMT+1');
    const { body: late } = await submit({
      ...validInputs,
      eventId: EVENT_ID,
      mode: 'create',
      formId: 'late-card',
    });
    expect(cardText(cardOf(late))).toContain('closed');
    const stored = await bot.store.registrations.listForEvent(EVENT_ID);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.status).toBe('withdrawn');
    bot.clock.set(OPEN);
  });

  it('when registration has not opened yet, then the bot says when it opens and writes nothing', async () => {
    bot.clock.set('2024-02-10T12:00:00Z');
    const newcomer = teamsUser('Li Wei', { timeZone: 'Asia/Singapore' });
    const { body } = await bot.post(
      personalChat(newcomer, bot.connector.serviceUrl).invoke('registration.open', {
        eventId: EVENT_ID,
      }),
    );
    expect(cardText(cardOf(body))).toContain('opens on Wednesday, 14 February 2024, 00:00 EST');
    expect(cardText(cardOf(body))).toContain('13:00 GMT+8');
    bot.clock.set(OPEN);
  });
  it('when the person who withdrew submits a fresh form, then the same registration is active again', async () => {
    const [withdrawn] = await bot.store.registrations.listForEvent(EVENT_ID);
    const { body } = await submit({
      ...validInputs,
      eventId: EVENT_ID,
      mode: 'create',
      formId: 'card-after-withdrawal',
    });
    expect(cardText(cardOf(body))).toContain(withdrawn?.referenceCode ?? 'no code');
    const stored = await bot.store.registrations.listForEvent(EVENT_ID);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: withdrawn?.id,
      status: 'pending',
      formId: 'card-after-withdrawal',
    });
  });
});
