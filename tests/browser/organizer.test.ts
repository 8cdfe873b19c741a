import type { Page } from 'playwright-core';
import { TEST_OUTBOX } from '../outbox/outbox-helpers';
import { aPerson } from '../store/store-fixtures';
import { startBot, type BotHarness } from '../support/bot-harness';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { DURING_MEETING, EVENT_ID, openTab, runClock, tabUrl } from './support/tab-session';

describeWithChromium('Organizer page: registrations and delivery', () => {
  let bot: BotHarness;
  let browser: Browser;
  let page: Page;
  const kenji = aPerson(EVENT_ID, {
    givenName: 'Kenji',
    familyName: 'Sato',
    organization: 'Open Standards Institute',
    status: 'pending',
  });

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING, outbox: TEST_OUTBOX });
    runClock(bot);
    await bot.store.registrations.create(kenji);
    browser = await launchChromium();
    page = await browser.page({ width: 1280, height: 1200 });
    await openTab(page, tabUrl(bot, 'organizer', 'chair'), 'registration-row');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  const row = () =>
    page.locator(`[data-testid=registration-row][data-reference=${kenji.referenceCode}]`);

  it('when the page opens, then the registration is listed as pending and nothing was sent', async () => {
    await expect(row().getByTestId('registration-status').textContent()).resolves.toBe('Pending');
    await expect(row().textContent()).resolves.toContain('Open Standards Institute');
    await expect(page.getByTestId('delivery-sent').getAttribute('data-count')).resolves.toBe('0');
  });

  it("when the page opens, then each row shows its channel and the letter's registration link can be copied", async () => {
    const channel = row().getByTestId('registration-channel');
    await expect(channel.getAttribute('data-channel')).resolves.toBe('teams');
    await expect(channel.textContent()).resolves.toBe('Teams');
    const link = page.getByTestId('registration-page-link');
    await expect(link.inputValue()).resolves.toBe(`${bot.baseUrl}/events/${EVENT_ID}/register`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('copy-registration-link').click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${bot.baseUrl}/events/${EVENT_ID}/register`,
    );
  });

  it('when the chair confirms it, then its status changes and the delivery count shows the messages sent', async () => {
    await page.getByLabel(`Select Kenji Sato (${kenji.referenceCode})`).check();
    await expect(page.getByTestId('selected-count').textContent()).resolves.toBe('1 selected');
    await page.getByTestId('decide-confirm').click();

    await row().locator('[data-testid=registration-status][data-status=confirmed]').waitFor();
    // Waited for, not read once: the result and the refreshed summary render after the status.
    await page
      .getByTestId('decision-result')
      .filter({ hasText: '1 confirmed, 0 waitlisted, 0 declined' })
      .waitFor();
    await page.getByTestId('registration-summary').filter({ hasText: '1 confirmed' }).waitFor();
    // The status message and the login details, delivered by the worker through the stand-in.
    await page.locator('[data-testid=delivery-sent][data-count="2"]').waitFor();
    await expect(page.getByTestId('delivery-failed').textContent()).resolves.toBe('0');
    expect(bot.connector.created.size).toBe(1);
    await screenshot(page, 'organizer-registrations-confirmed');
  });

  it('when the chair shows only pending registrations, then the page says there are none', async () => {
    await page.getByTestId('status-filter').selectOption('pending');
    await page.getByText('No registration has this status.').waitFor();
    await page.getByTestId('status-filter').selectOption('');
    await row().waitFor();
  });

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
