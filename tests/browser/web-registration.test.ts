import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { translatorFor, type Translate } from '../../core/i18n/catalog';
import { countryName } from '../../core/registration/countries';
import { startBot, type BotHarness } from '../support/bot-harness';
import { cardOf, cardText } from '../support/card-inspect';
import { startDirectLineStandIn, type DirectLineStandIn } from '../support/directline-standin';
import { codeMailedTo, readMailFolder, type FolderMail } from '../support/mail-folder';
import { personalChat, teamsUser } from '../support/teams-activities';
import { TEST_OUTBOX, chairSays, waitFor } from '../outbox/outbox-helpers';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';

const EVENT_ID = 'oewg-informal-dialogue-2024-02-28';
const OPEN = '2024-02-20T15:00:00Z';
const CARD = '.ac-adaptiveCard';
const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const REFERENCE = /REG-[A-Z0-9]{4}-[A-Z0-9]{4}/;

/**
 * The "done when", in the browser: a person with no Teams opens the printed page,
 * types their address in Web Chat, reads the code in the local mail folder, types it, fills
 * the form card, submits twice (one record) and reads the confirmation mail; the chair
 * confirms in chat and the login details with the .ics land in the folder; a Teams person
 * with the same address finds that same registration.
 */
describeWithChromium('Registering on the public page through Web Chat over Direct Line', () => {
  let bot: BotHarness;
  let directLine: DirectLineStandIn;
  let browser: Browser;
  let mailDir: string;
  const chair = teamsUser('Katherine Prizeman');

  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(tmpdir(), 'mail-'));
    directLine = await startDirectLineStandIn({});
    bot = await startBot({
      now: OPEN,
      env: {
        DIRECT_LINE_SECRET: directLine.secret,
        DIRECT_LINE_ENDPOINT: directLine.endpoint,
        MAIL_DIR: mailDir,
        CHAIR_TEAM: chair.aadObjectId,
      },
      outbox: TEST_OUTBOX,
    });
    directLine.botEndpoint = `${bot.baseUrl}/api/messages`;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await directLine?.close();
    await rm(mailDir, { recursive: true, force: true });
  });

  const mailsTo = async (email: string): Promise<FolderMail[]> =>
    (await readMailFolder(mailDir)).filter((m) => m.to === email);

  async function waitForMail(email: string, what: string, test: (m: FolderMail) => boolean) {
    let found: FolderMail | undefined;
    await waitFor(
      what,
      async () => (found = (await mailsTo(email)).find(test)) !== undefined,
      30_000,
    );
    return found!;
  }

  /** Types a line in Web Chat's send box and sends it, as a person would. */
  async function say(page: Page, line: string) {
    const box = page.locator(SEND_BOX);
    await box.fill(line);
    await box.press('Enter');
  }

  /** Opens the page; the chat asks for an address first; the code from the mail opens the form. */
  async function openForm(language: 'en' | 'ar', email: string) {
    const t = translatorFor(language);
    const page = await browser.page({ width: 1024, height: 1400, timezoneId: 'Asia/Tokyo' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${bot.baseUrl}/events/${EVENT_ID}/register?lang=${language}`);
    await page.getByText(t('email.ask')).first().waitFor({ timeout: 30_000 });
    await expect(page.locator(CARD).count()).resolves.toBe(0);
    await say(page, email);
    await page.getByText(t('email.codeSent', { email })).first().waitFor({ timeout: 20_000 });
    await say(page, await codeMailedTo(mailDir, email));
    // The form of the event the page was opened for comes right after the code.
    const form = page.locator(CARD).filter({ has: page.getByLabel(t('cards.form.givenName')) });
    await form.waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    return { page, form, t };
  }

  async function fill(form: Locator, t: Translate, given: string) {
    const text = (key: Parameters<Translate>[0]) =>
      form.getByRole('textbox', { name: t(key), exact: true });
    await text('cards.form.givenName').fill(given);
    await text('cards.form.familyName').fill('Ndiaye');
    await text('cards.form.organization').fill('Open Net Africa');
    await form.getByRole('combobox', { name: t('cards.form.category') }).selectOption('ngo');
    // A filtered choice set: a text box that takes the choice's title.
    const country = form.getByLabel(t('cards.form.country')).locator('input');
    await country.fill(countryName('SN', t.language));
    await country.press('Enter');
    await text('cards.form.jobTitle').fill('Researcher');
    await form.getByRole('checkbox').nth(1).check();
    await form.getByLabel(t('cards.form.consentTitle')).check();
  }

  async function submitTwice(page: Page, form: Locator, t: Translate) {
    const submit = form.getByRole('button', { name: t('cards.form.submitCreate') });
    await submit.click();
    const confirmations = page.locator(CARD).filter({ hasText: REFERENCE });
    await confirmations.first().waitFor({ timeout: 20_000 });
    await submit.click();
    await confirmations.nth(1).waitFor({ timeout: 20_000 });
    const codes = await confirmations.allTextContents();
    return codes.map((text) => REFERENCE.exec(text)?.[0]);
  }

  async function registrationsFor(email: string) {
    return (await bot.store.registrations.listForEvent(EVENT_ID)).filter((r) => r.email === email);
  }

  it('when a person with no Teams registers in English and submits twice, then one registration is kept, marked web', async () => {
    const email = 'awa.ndiaye@example.org';
    const { page, form, t } = await openForm('en', email);
    await expect(page.locator('.local-time').first().textContent()).resolves.toMatch(
      /^Your time: .*GMT\+9/,
    );
    // The form carries the verified address.
    await expect(
      form.getByRole('textbox', { name: t('cards.form.email'), exact: true }).inputValue(),
    ).resolves.toBe(email);
    await fill(form, t, 'Awa');
    const [first, second] = await submitTwice(page, form, t);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    await screenshot(page, 'web-registration-en');
    const kept = await registrationsFor(email);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ channel: 'web', tenantId: 'email', referenceCode: first });
    // Right after registering, the mail folder has "we received your registration".
    const received = await waitForMail(email, 'the received mail', (m) =>
      m.subject.includes(first!),
    );
    expect(received.subject).toContain('we received your registration');
    expect((await mailsTo(email)).map((m) => m.attachments.length)).toEqual([0, 0]);
    expect(browser.outside).toEqual([]);
  }, 90_000);

  it('when a person registers in Arabic, is confirmed by the chair and then opens Teams with the same address, then it is one registration all along', async () => {
    const email = 'layla@example.org';
    const { page, form, t } = await openForm('ar', email);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const chatDirection = await form.evaluate((el) => getComputedStyle(el).direction);
    expect(chatDirection).toBe('rtl');
    await fill(form, t, 'ليلى');
    const [first, second] = await submitTwice(page, form, t);
    expect(second).toBe(first);
    await screenshot(page, 'web-registration-ar');
    const [registration, ...others] = await registrationsFor(email);
    expect(others).toEqual([]);
    expect(registration).toMatchObject({ channel: 'web', referenceCode: first });

    // Right after registering: "we received your registration", in Arabic, right to left.
    const isReceived = (m: FolderMail) => m.subject.includes('تلقّينا');
    const received = await waitForMail(email, 'the received mail', isReceived);
    expect(received.text).toContain(first);
    expect(received.html).toContain('dir="rtl"');
    // The chair confirms in chat: the confirmation mail, in Arabic, right to left...
    expect(await chairSays(bot, chair, `confirm ${first}`)).toContain('1 confirmed');
    const confirmed = await waitForMail(
      email,
      'the confirmation mail',
      (m) => m.text.includes(first!) && !isReceived(m),
    );
    expect(confirmed.subject).toContain(first);
    expect(confirmed.html).toContain('dir="rtl"');
    // ...and the login details, with the calendar file.
    const login = await waitForMail(email, 'the login-details mail', (m) =>
      m.attachments.some((a) => a.name.endsWith('.ics')),
    );
    expect(login.html).toContain('dir="rtl"');
    const [ics] = login.attachments;
    expect(ics).toMatchObject({ name: `${EVENT_ID}.ics`, contentType: 'text/calendar' });
    expect(ics?.content).toContain('BEGIN:VCALENDAR');

    // A Teams person whose profile has the same address finds that same registration.
    const layla = teamsUser('Layla Haddad');
    bot.connector.members.set(layla.id, {
      id: layla.id,
      name: 'Layla Haddad',
      email: 'Layla@example.org',
      aadObjectId: layla.aadObjectId,
    });
    bot.takeSent();
    await bot.post(personalChat(layla, bot.connector.serviceUrl).message('my registration'));
    const mine = cardText(cardOf(bot.takeSent()[0]));
    expect(mine).toContain(first);
    const after = await registrationsFor(email);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: registration?.id, status: 'confirmed' });
    expect(browser.outside).toEqual([]);
  }, 90_000);
});
