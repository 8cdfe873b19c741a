import type { Page } from 'playwright-core';
import { PSEUDO_LOCALE } from '../../core/i18n/pseudo';
import { startBot, type BotHarness } from '../support/bot-harness';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { meetingUnderWay } from './support/meeting-scene';
import { pseudoScan } from './support/pseudo-scan';
import { DURING_MEETING } from './support/tab-session';
import { LIGHT_SURFACES, openSurface } from './support/tab-surfaces';

describeWithChromium(
  'The tab in the pseudo-locale (texts that bypass the catalog or are cut off)',
  () => {
    let bot: BotHarness;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      bot = await startBot({ now: DURING_MEETING });
      await meetingUnderWay(bot);
      browser = await launchChromium();
      page = await browser.page();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await bot?.close();
    });

    it.each(LIGHT_SURFACES)(
      'when the $name surface is shown in qps-ploc, then every text comes from the catalog and none is cut off',
      async (surface) => {
        await page.setViewportSize({ width: surface.width ?? 420, height: 900 });
        await openSurface(page, bot, surface, PSEUDO_LOCALE);
        await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(
          PSEUDO_LOCALE,
        );
        await screenshot(page, `pseudo-${surface.name}`);
        await expect(pseudoScan(page, surface.name)).resolves.toEqual({
          bypassing: [],
          clipped: [],
        });
      },
    );

    it('when a text bypasses the catalog or is cut off, then the scan finds it (the check can fail)', async () => {
      await page.setContent(
        '<!doctype html><html lang="qps-ploc"><body><main><p>[Ţéẋţ ···]</p><p>Hard-coded</p>' +
          '<bdi>Amina Diallo</bdi><p style="overflow:hidden;white-space:nowrap;width:40px">' +
          '[Ŵéŕý ļöñĝ ţéẋţ ţĥáţ ĝŕéŵ ··········]</p></main></body></html>',
      );
      const found = await pseudoScan(page, 'control');
      expect(found.bypassing).toEqual(['p: Hard-coded']);
      expect(found.clipped).toHaveLength(1);
    });

    it('then the browser never reached past the loopback interface', () => {
      expect(browser.outside).toEqual([]);
    });
  },
);
