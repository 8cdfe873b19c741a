import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBot, type BotHarness } from '../support/bot-harness';
import { actionData, cardOf, cardText, inputValue, verbs } from '../support/card-inspect';
import { readMailFolder } from '../support/mail-folder';
import { personalChat, teamsUser } from '../support/teams-activities';
import { webChat } from '../support/web-activities';
import { EVENT_ID, register, validInputs } from './journey-helpers';

const OPEN = '2024-02-20T15:00:00Z';

describe('Who a web registrant is: an email address proved by a mailed code', () => {
  let bot: BotHarness;
  let mailDir: string;

  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(tmpdir(), 'mail-'));
    bot = await startBot({ now: OPEN, env: { MAIL_DIR: mailDir } });
  });
  afterAll(async () => {
    await bot.close();
    await rm(mailDir, { recursive: true, force: true });
  });

  const texts = () => bot.takeSent().map((a) => String(a.text ?? ''));
  const lastCodeTo = async (email: string) => {
    const mails = (await readMailFolder(mailDir)).filter((m) => m.to === email.toLowerCase());
    const code = /\b(\d{6})\b/.exec(mails.at(-1)?.text ?? '')?.[1];
    if (!code) throw new Error(`no code mailed to ${email}`);
    return code;
  };
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  /** A new web conversation verified for `email`: the whole email step. */
  async function verified(email: string) {
    // A code goes to one address at most once a minute.
    bot.clock.set(new Date(bot.clock.now().getTime() + 61_000).toISOString());
    const chat = webChat(bot.connector.serviceUrl);
    await bot.post(chat.message(email));
    await bot.post(chat.message(await lastCodeTo(email)));
    bot.takeSent();
    return chat;
  }

  it('when a web conversation starts, then the first thing the bot says asks for an email address', async () => {
    const chat = webChat(bot.connector.serviceUrl);
    expect((await bot.post(chat.start())).status).toBe(200);
    // The start says nothing: the page's own first turn asks (once, see below).
    expect(texts()).toEqual([]);
    await bot.post(chat.message('register'));
    expect(texts()).toEqual([expect.stringMatching(/please type your email address/i)]);
  });

  it('when the address is malformed, then the bot says so and nothing is stored', async () => {
    const chat = webChat(bot.connector.serviceUrl);
    await bot.post(chat.message('amina@example'));
    expect(texts()).toEqual([expect.stringMatching(/not an email address I can write to/)]);
    expect(await bot.store.emailIdentity.pendingCode(chat.conversationKey)).toBeUndefined();
    const sends = await bot.store.emailIdentity.sendsSince(
      'amina@example',
      chat.conversationKey,
      new Date(0),
    );
    expect(sends).toEqual({ address: [], client: [] });
    expect(await readMailFolder(mailDir)).toEqual([]);
  });

  it('when the address is good, a code is mailed; a wrong code is refused; the right one opens the form with the address', async () => {
    const chat = webChat(bot.connector.serviceUrl);
    await bot.post(chat.message('  Amina.Diallo@Example.org '));
    expect(texts()).toEqual([
      expect.stringContaining('six-digit code to amina.diallo@example.org'),
    ]);
    const [mail] = await readMailFolder(mailDir);
    expect(mail).toMatchObject({ to: 'amina.diallo@example.org' });
    expect(mail?.html).toContain('<html lang="en" dir="ltr">');
    const code = await lastCodeTo('amina.diallo@example.org');
    // The code is kept hashed, never as typed.
    const pending = await bot.store.emailIdentity.pendingCode(chat.conversationKey);
    expect(pending?.codeHash).not.toContain(code);

    await bot.post(chat.message(wrong(code)));
    expect(texts()).toEqual(['That code is not right. You have 4 more tries.']);

    await bot.post(chat.message(code.replace(/(\d{3})/, '$1 ')));
    const [thanks, welcome, ...cards] = bot.takeSent();
    expect(thanks?.text).toMatch(/amina.diallo@example.org is verified/);
    expect(welcome?.text).toMatch(/Welcome/);
    const list = cardOf(cards[0]);
    expect(actionData(list, 'registration.open')).toEqual({ eventId: EVENT_ID });

    const { body } = await bot.post(chat.invoke('registration.open', { eventId: EVENT_ID }));
    const form = cardOf(body);
    expect(inputValue(form, 'email')).toBe('amina.diallo@example.org');
    const data = {
      ...actionData(form, 'registration.submit'),
      ...validInputs({ email: 'someone.else@example.org' }),
    };
    const reply = await bot.post(chat.invoke('registration.submit', data));
    expect(cardText(cardOf(reply.body))).toMatch(/REG-/);
    const saved = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.email === 'amina.diallo@example.org',
    );
    // The verified address, not what the card said, and one registration keyed by it.
    expect(saved).toHaveLength(1);
    expect(saved[0]?.tenantId).toBe('email');
  });

  it('when the address has an internationalised domain, then the code goes to its ASCII form and the address is kept as typed', async () => {
    const chat = webChat(bot.connector.serviceUrl);
    await bot.post(chat.message('Jonas@Müller.de'));
    expect(texts()).toEqual([expect.stringContaining('six-digit code to jonas@müller.de')]);
    const mails = (await readMailFolder(mailDir)).filter((m) => m.to === 'jonas@xn--mller-kva.de');
    expect(mails).toHaveLength(1);
    expect(await bot.store.emailIdentity.pendingCode(chat.conversationKey)).toMatchObject({
      email: 'jonas@müller.de',
    });
  });

  it('when the same person comes back in a new conversation and verifies again, then "my registration" shows it and no second is made', async () => {
    const chat = await verified('amina.diallo@example.org');
    await bot.post(chat.message('my registration'));
    const [card] = bot.takeSent();
    expect(verbs(cardOf(card))).toEqual(
      expect.arrayContaining(['registration.edit', 'registration.withdraw']),
    );
    const { body } = await bot.post(chat.invoke('registration.open', { eventId: EVENT_ID }));
    expect(cardText(cardOf(body))).toMatch(/already registered/);
    const all = await bot.store.registrations.listForEvent(EVENT_ID);
    expect(all.filter((r) => r.email === 'amina.diallo@example.org')).toHaveLength(1);
  });

  it('when the web registrant opens the form in Teams, whose profile has the same address, then Teams reaches that registration', async () => {
    const [web] = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.email === 'amina.diallo@example.org',
    );
    const amina = teamsUser('Amina Diallo');
    bot.connector.members.set(amina.id, {
      id: amina.id,
      name: 'Amina Diallo',
      email: 'Amina.Diallo@example.org',
      aadObjectId: amina.aadObjectId,
    });
    const teams = personalChat(amina, bot.connector.serviceUrl);
    const { body } = await bot.post(teams.invoke('registration.open', { eventId: EVENT_ID }));
    const card = cardText(cardOf(body));
    expect(card).toMatch(/already registered/);
    expect(card).toContain(web?.referenceCode);
    const now = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.email === 'amina.diallo@example.org',
    );
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ id: web?.id, aadObjectId: amina.aadObjectId });
    // And the web, verifying again, still reaches the one registration.
    const chat = await verified('amina.diallo@example.org');
    await bot.post(chat.message('my registration'));
    expect(cardText(cardOf(bot.takeSent()[0]))).toContain(web?.referenceCode);
  });

  it('when a web registrant types "my registration" in Teams, whose profile has the same address, then Teams shows that registration', async () => {
    const chat = await verified('yusuf.okafor@example.org');
    const { body } = await bot.post(chat.invoke('registration.open', { eventId: EVENT_ID }));
    const data = { ...actionData(cardOf(body), 'registration.submit'), ...validInputs() };
    await bot.post(chat.invoke('registration.submit', data));
    const [web] = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.email === 'yusuf.okafor@example.org',
    );
    const yusuf = teamsUser('Yusuf Okafor');
    const teams = personalChat(yusuf, bot.connector.serviceUrl);
    bot.takeSent();
    // Without the address in the profile, nothing is found.
    await bot.post(teams.message('my registration'));
    expect(texts()[0]).toMatch(/no registrations yet/);
    bot.connector.members.set(yusuf.id, {
      id: yusuf.id,
      name: 'Yusuf Okafor',
      email: 'Yusuf.Okafor@example.org',
      aadObjectId: yusuf.aadObjectId,
    });
    await bot.post(teams.message('my registration'));
    expect(cardText(cardOf(bot.takeSent()[0]))).toContain(web?.referenceCode);
    const now = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.email === 'yusuf.okafor@example.org',
    );
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ id: web?.id, aadObjectId: yusuf.aadObjectId });
  });

  it('when someone registered in Teams verifies the same address on the web, then they reach that registration', async () => {
    const kofi = teamsUser('Kofi Mensah');
    await register(bot, kofi, { email: 'kofi.mensah@example.org' });
    bot.takeSent();
    const teamsRegistration = (await bot.store.registrations.listForEvent(EVENT_ID)).find(
      (r) => r.email === 'kofi.mensah@example.org',
    );
    const chat = await verified('Kofi.Mensah@example.org');
    await bot.post(chat.message('my registration'));
    expect(cardText(cardOf(bot.takeSent()[0]))).toContain(teamsRegistration?.referenceCode);
    const { body } = await bot.post(chat.invoke('registration.open', { eventId: EVENT_ID }));
    expect(cardText(cardOf(body))).toMatch(/already registered/);
    const mine = (await bot.store.registrations.listForEvent(EVENT_ID)).filter(
      (r) => r.email === 'kofi.mensah@example.org',
    );
    expect(mine).toHaveLength(1);
  });

  it('when a wrong code is typed five times, then the address is locked for 15 minutes, saying until when', async () => {
    const chat = webChat(bot.connector.serviceUrl);
    await bot.post(chat.message('lena.fischer@example.org'));
    const code = await lastCodeTo('lena.fischer@example.org');
    bot.takeSent();
    for (let i = 0; i < 4; i++) await bot.post(chat.message(wrong(code)));
    expect(texts().at(-1)).toBe('That code is not right. You have 1 more try.');
    await bot.post(chat.message(wrong(code)));
    const [locked] = texts();
    expect(locked).toMatch(/locked until .*20 February 2024.*15:1\d GMT/);
    // The right code no longer helps, nor does asking again from another conversation.
    await bot.post(chat.message(code));
    expect(texts()[0]).toMatch(/I have not sent you a code yet/);
    const other = webChat(bot.connector.serviceUrl);
    await bot.post(other.message('lena.fischer@example.org'));
    expect(texts()[0]).toMatch(/locked until/);
    expect(await bot.store.emailIdentity.pendingCode(other.conversationKey)).toBeUndefined();
  });

  it('when a card is clicked on the web before verifying, then the bot asks for the address first', async () => {
    const chat = webChat(bot.connector.serviceUrl);
    const { body } = await bot.post(chat.invoke('registration.open', { eventId: EVENT_ID }));
    expect(cardText(cardOf(body))).toMatch(/verify your email address first/);
    expect(texts()[0]).toMatch(/please type your email address/i);
  });

  it("when the public page asks for its event's form before verifying, then the form for that event comes right after the code", async () => {
    const chat = webChat(bot.connector.serviceUrl);
    // As the page opens: the conversation starts, then the page asks for its event's form.
    await bot.post(chat.start());
    await bot.post(chat.postBack({ verb: 'registration.open', eventId: EVENT_ID }));
    expect(texts()).toEqual([expect.stringMatching(/please type your email address/i)]);
    await bot.post(chat.message('noor.rahman@example.org'));
    bot.takeSent();
    await bot.post(chat.message(await lastCodeTo('noor.rahman@example.org')));
    const [thanks, form, ...rest] = bot.takeSent();
    expect(thanks?.text).toMatch(/noor.rahman@example.org is verified/);
    expect(actionData(cardOf(form), 'registration.submit')).toMatchObject({ eventId: EVENT_ID });
    expect(inputValue(cardOf(form), 'email')).toBe('noor.rahman@example.org');
    expect(rest).toEqual([]);
    // Done once: verifying again in the same conversation later shows the welcome, not the form.
    expect(await bot.store.emailIdentity.takeAwaitedAction(chat.conversationKey)).toBeUndefined();
  });

  it('when a web person asks before verifying for something other than opening a form, then it is not kept for later', async () => {
    const chat = webChat(bot.connector.serviceUrl);
    await bot.post(chat.postBack({ verb: 'registration.withdraw', eventId: EVENT_ID }));
    expect(texts()).toEqual([expect.stringMatching(/please type your email address/i)]);
    expect(await bot.store.emailIdentity.takeAwaitedAction(chat.conversationKey)).toBeUndefined();
  });
});
