import type { Page } from 'playwright-core';
import { startBot, type BotHarness } from '../support/bot-harness';
import { axeScan, blocking, describeViolations } from './support/axe';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { meetingUnderWay } from './support/meeting-scene';
import { DURING_MEETING } from './support/tab-session';
import { openSurface, SURFACES } from './support/tab-surfaces';

describeWithChromium('Accessibility of every tab surface (axe-core)', () => {
  let bot: BotHarness;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING });
    await meetingUnderWay(bot);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it.each(SURFACES)(
    'when the $name surface is shown, then axe finds no serious or critical violation',
    async ({ name, width, ...surface }) => {
      const page: Page = await browser.page({ width: width ?? 420, height: 900 });
      await openSurface(page, bot, surface);
      await screenshot(page, name);
      const violations = await axeScan(page, name);
      if (violations.length > 0) {
        console.log(`axe on ${name}:\n${describeViolations(violations)}`);
      }
      expect(describeViolations(blocking(violations))).toBe('');
      await page.close();
    },
  );

  it.each([
    ['privacy', 'Privacy'],
    ['terms', 'Terms of use'],
  ])(
    'when the %s page linked from the manifest opens, then its texts come from the catalog',
    async (name, heading) => {
      const page = await browser.page();
      await page.goto(`${bot.baseUrl}/tab/${name}.html`);
      await page.locator('main p').filter({ hasText: /\w/ }).waitFor();
      await expect(page.locator('h1').textContent()).resolves.toBe(heading);
      expect(blocking(await axeScan(page, name))).toEqual([]);
      await page.close();
    },
  );

  it('when a page has a button without a name, then the scan reports it (the check can fail)', async () => {
    const page = await browser.page();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><button></button></main></html>',
    );
    const violations = await axeScan(page, 'control-unnamed-button');
    expect(blocking(violations).map((v) => v.id)).toContain('button-name');
    await page.close();
  });

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
