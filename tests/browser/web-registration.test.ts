import type { Page } from 'playwright-core';
import { translatorFor, type Translate } from '../../core/i18n/catalog';
import { countryName } from '../../core/registration/countries';
import { startBot, type BotHarness } from '../support/bot-harness';
import { startDirectLineStandIn, type DirectLineStandIn } from '../support/directline-standin';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';

const EVENT_ID = 'oewg-informal-dialogue-2024-02-28';
const OPEN = '2024-02-20T15:00:00Z';
const CARD = '.ac-adaptiveCard';

describeWithChromium('Registering on the public page through Web Chat over Direct Line', () => {
  let bot: BotHarness;
  let directLine: DirectLineStandIn;
  let browser: Browser;

  beforeAll(async () => {
    directLine = await startDirectLineStandIn({});
    bot = await startBot({
      now: OPEN,
      env: { DIRECT_LINE_SECRET: directLine.secret, DIRECT_LINE_ENDPOINT: directLine.endpoint },
    });
    directLine.botEndpoint = `${bot.baseUrl}/api/messages`;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await directLine?.close();
  });

  /** Opens the page and fills the form the chat shows, as a person would. */
  async function openForm(
    language: 'en' | 'ar',
  ): Promise<{ page: Page; form: ReturnType<Page['locator']> }> {
    const t = translatorFor(language);
    const page = await browser.page({ width: 1024, height: 1400, timezoneId: 'Asia/Tokyo' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${bot.baseUrl}/events/${EVENT_ID}/register?lang=${language}`);
    const form = page.locator(CARD).filter({ has: page.getByLabel(t('cards.form.givenName')) });
    await form.waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    return { page, form };
  }

  async function fill(
    form: ReturnType<Page['locator']>,
    t: Translate,
    who: { given: string; email: string },
  ) {
    const text = (key: Parameters<Translate>[0]) =>
      form.getByRole('textbox', { name: t(key), exact: true });
    await text('cards.form.givenName').fill(who.given);
    await text('cards.form.familyName').fill('Ndiaye');
    await text('cards.form.email').fill(who.email);
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

  async function submitTwice(page: Page, form: ReturnType<Page['locator']>, t: Translate) {
    const submit = form.getByRole('button', { name: t('cards.form.submitCreate') });
    await submit.click();
    const confirmations = page.locator(CARD).filter({ hasText: /REG-[A-Z0-9]{4}-[A-Z0-9]{4}/ });
    await confirmations.first().waitFor({ timeout: 20_000 });
    await submit.click();
    await confirmations.nth(1).waitFor({ timeout: 20_000 });
    const codes = await confirmations.allTextContents();
    return codes.map((text) => /REG-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(text)?.[0]);
  }

  async function registrationsFor(email: string) {
    return (await bot.store.registrations.listForEvent(EVENT_ID)).filter((r) => r.email === email);
  }

  it('when a person with no Teams registers in English and submits twice, then one registration is kept, marked web', async () => {
    const t = translatorFor('en');
    const { page, form } = await openForm('en');
    await expect(page.locator('.local-time').first().textContent()).resolves.toMatch(
      /^Your time: .*GMT\+9/,
    );
    await fill(form, t, { given: 'Awa', email: 'awa.ndiaye@example.org' });
    const [first, second] = await submitTwice(page, form, t);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    await screenshot(page, 'web-registration-en');
    const kept = await registrationsFor('awa.ndiaye@example.org');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ channel: 'web', tenantId: 'web', referenceCode: first });
    expect(browser.outside).toEqual([]);
  });

  it('when a person registers in Arabic, then the page and the chat are right to left and the bot answers in Arabic', async () => {
    const t = translatorFor('ar');
    const { page, form } = await openForm('ar');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const chatDirection = await form.evaluate((el) => getComputedStyle(el).direction);
    expect(chatDirection).toBe('rtl');
    await fill(form, t, { given: 'ليلى', email: 'layla@example.org' });
    const [first, second] = await submitTwice(page, form, t);
    expect(second).toBe(first);
    await screenshot(page, 'web-registration-ar');
    expect(await registrationsFor('layla@example.org')).toHaveLength(1);
    expect(browser.outside).toEqual([]);
  });
});
