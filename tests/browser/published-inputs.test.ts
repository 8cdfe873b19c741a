import type { Page } from 'playwright-core';
import { TEST_OUTBOX } from '../outbox/outbox-helpers';
import { startBot, type BotHarness } from '../support/bot-harness';
import { seedStatements } from '../written-input/input-scene';
import { axeScan, blocking, describeViolations } from './support/axe';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { DURING_MEETING, EVENT_ID, openTab, runClock, tabUrl } from './support/tab-session';

describeWithChromium('Written input: review on the organizer page, then the public page', () => {
  let bot: BotHarness;
  let browser: Browser;
  let chair: Page;
  let scene: Awaited<ReturnType<typeof seedStatements>>;
  const item = (id: string) => chair.locator(`[data-testid=input-item][data-input="${id}"]`);
  const publicPage = (query = '') => `${bot.baseUrl}/events/${EVENT_ID}/inputs${query}`;

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING, outbox: TEST_OUTBOX });
    runClock(bot);
    scene = await seedStatements(bot);
    browser = await launchChromium();
    chair = await browser.page({ width: 1280, height: 1400 });
    await openTab(chair, `${tabUrl(bot, 'organizer', 'chair')}#inputs`, 'input-counts');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('when the chair withholds without a reason, then the page says why and nothing changes', async () => {
    const business = item(scene.inputs.business.id);
    await business.getByTestId('input-withhold').click();
    await chair.getByRole('alert').filter({ hasText: 'Give a reason' }).waitFor();
    await expect(business.getAttribute('data-status')).resolves.toBe('unreviewed');
  });

  it('when the chair publishes two statements and withholds one, then each shows its status', async () => {
    await item(scene.inputs.academia.id).getByTestId('input-publish').click();
    await chair
      .locator(`[data-input="${scene.inputs.academia.id}"][data-status=published]`)
      .waitFor();
    await item(scene.inputs.technical.id).getByTestId('input-publish').click();
    await chair
      .locator(`[data-input="${scene.inputs.technical.id}"][data-status=published]`)
      .waitFor();
    const business = item(scene.inputs.business.id);
    await business.getByTestId('input-reason').fill('Marked confidential by its author');
    await business.getByTestId('input-withhold').click();
    await chair
      .locator(`[data-input="${scene.inputs.business.id}"][data-status=withheld]`)
      .waitFor();
    await chair
      .getByTestId('input-counts')
      .filter({ hasText: '0 to review, 2 published, 1 withheld' })
      .waitFor();
    await screenshot(chair, 'organizer-written-input');
    const violations = blocking(await axeScan(chair, 'organizer-written-input'));
    expect(describeViolations(violations)).toBe('');
  });

  it('when anyone opens the public page, then it lists the published statements, accessibly', async () => {
    const reader = await browser.page({ width: 1024, height: 1200, bypassCSP: true });
    await reader.goto(publicPage());
    await expect(reader.getByTestId('published-statement').count()).resolves.toBe(2);
    await expect(reader.locator('body').textContent()).resolves.not.toContain('Acme Secure');
    await reader.getByRole('heading', { level: 3, name: 'Open Standards Institute' }).waitFor();
    await screenshot(reader, 'public-written-input');
    expect(describeViolations(blocking(await axeScan(reader, 'public-written-input')))).toBe('');

    await reader.getByLabel('Stakeholder category').selectOption('academia');
    await reader.getByRole('button', { name: 'Show' }).click();
    await reader.waitForURL(/category=academia/);
    await expect(reader.getByTestId('published-statement').count()).resolves.toBe(1);
  });

  it('when the public page is in Arabic, then it is right to left and still accessible', async () => {
    const reader = await browser.page({ width: 1024, height: 1200, bypassCSP: true });
    await reader.goto(publicPage('?lang=ar'));
    await expect(reader.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await screenshot(reader, 'public-written-input-ar');
    expect(describeViolations(blocking(await axeScan(reader, 'public-written-input-ar')))).toBe('');
  });

  it('when a reader follows the download link, then the file is saved, not shown in the browser', async () => {
    const reader = await browser.page({ width: 1024, height: 1200 });
    await reader.goto(publicPage());
    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByTestId('statement-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('OSI statement «final».pdf');
    expect(reader.url()).toBe(publicPage());
  });

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
