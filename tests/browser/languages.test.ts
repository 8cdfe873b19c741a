import type { Page } from 'playwright-core';
import { translate } from '../../core/i18n/catalog';
import { startBot, type BotHarness } from '../support/bot-harness';
import { axeScan, blocking, describeViolations } from './support/axe';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { meetingUnderWay } from './support/meeting-scene';
import { DURING_MEETING, openTab, tabUrl } from './support/tab-session';
import { LIGHT_SURFACES, openSurface } from './support/tab-surfaces';

const CASES = (['ar', 'zh'] as const).flatMap((lang) =>
  LIGHT_SURFACES.map((s) => ({ lang, ...s })),
);

/** What the root of the page says about its language, as a screen reader and Fluent read it. */
async function rootOf(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    fluentDir: document.querySelector('.app-root')?.getAttribute('dir'),
    direction: getComputedStyle(document.querySelector('main') ?? document.body).direction,
    title: document.title,
  }));
}

describeWithChromium('The tab in Arabic and Chinese', () => {
  let bot: BotHarness;
  let browser: Browser;
  const pages = new Map<string, Page>();

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING });
    await meetingUnderWay(bot);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  /** One page per language, reused from surface to surface (few browser contexts). */
  async function pageFor(lang: string): Promise<Page> {
    const existing = pages.get(lang);
    if (existing) return existing;
    const page = await browser.page();
    pages.set(lang, page);
    return page;
  }

  it.each(CASES)(
    'when the $name surface is shown in $lang, then lang, dir and the texts follow it and axe finds nothing serious',
    async ({ lang, ...surface }) => {
      const page = await pageFor(lang);
      await page.setViewportSize({ width: surface.width ?? 420, height: 900 });
      await openSurface(page, bot, surface, lang);
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      await expect(rootOf(page)).resolves.toEqual({
        lang,
        dir,
        fluentDir: dir,
        direction: dir,
        title: translate(lang, 'tab.title'),
      });
      await screenshot(page, `${lang}-${surface.name}`);
      const violations = await axeScan(page, `${lang}-${surface.name}`);
      expect(describeViolations(blocking(violations))).toBe('');
    },
  );

  it('when a delegate in Arabic and the chair in English share the queue, then each follows it in their language', async () => {
    const delegate = await browser.page();
    const chair = await browser.page();
    const sent = new Set<string>();
    delegate.on('request', (r) => {
      if (r.url().includes('/api/events')) sent.add(r.headers()['accept-language'] ?? 'none');
    });
    await openTab(delegate, tabUrl(bot, 'panel', 'delegate-a', { lang: 'ar' }), 'my-turn');
    await openTab(chair, tabUrl(bot, 'panel', 'chair'), 'chair-controls');
    await expect(rootOf(delegate)).resolves.toMatchObject({ lang: 'ar', dir: 'rtl' });
    await expect(rootOf(chair)).resolves.toMatchObject({ lang: 'en', dir: 'ltr' });
    await delegate.getByText(translate('ar', 'tab.mine.next')).waitFor();
    const waiting = delegate.getByTestId('queue-entry').filter({ hasText: 'Amina Diallo' });
    // The English names stay whole inside the Arabic line (isolated), whatever their order.
    await expect(waiting.textContent()).resolves.toContain('\u2068Amina Diallo\u2069');
    await expect(
      delegate.getByRole('heading', { name: translate('ar', 'tab.next.heading') }).count(),
    ).resolves.toBe(1);
    await expect(
      chair.getByRole('heading', { name: translate('en', 'tab.list.heading') }).count(),
    ).resolves.toBe(1);
    // The seed event is in English only: the Arabic reader gets its title marked as English.
    const english = await chair.locator('h1').textContent();
    const arabic = await delegate.locator('h1').textContent();
    expect(arabic).toContain(`\u2068${english}\u2069`);
    expect(arabic).not.toBe(english);
    await screenshot(delegate, 'ar-queue-delegate-waiting');
    await chair.getByTestId('call-next').click();
    await delegate.getByText(translate('ar', 'tab.mine.speaking')).waitFor();
    await chair
      .getByTestId('current-speaker-name')
      .filter({ hasText: /^Amina Diallo$/ })
      .waitFor();
    await expect(
      chair.getByRole('heading', { name: translate('en', 'tab.current.heading') }).count(),
    ).resolves.toBe(1);
    await screenshot(delegate, 'ar-queue-delegate-speaking');
    await screenshot(chair, 'en-queue-chair-beside');
    // Every request of the Arabic tab asks for Arabic content (the live stream among them).
    expect([...sent]).toEqual(['ar']);
  });

  it('when ?lang= names no language of the tab, then it is in English, without an error', async () => {
    const page = await browser.page();
    for (const lang of ['ar-', 'x'.repeat(300)]) {
      await openTab(page, tabUrl(bot, 'panel', 'delegate-a', { lang }), 'my-turn');
      await expect(rootOf(page)).resolves.toMatchObject({ lang: 'en', dir: 'ltr' });
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
    }
  });

  it('when the privacy page linked from the manifest opens with ?lang=ar, then it is Arabic, right to left', async () => {
    const page = await browser.page();
    await page.goto(`${bot.baseUrl}/tab/privacy.html?lang=ar`);
    await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
    await expect(rootOf(page)).resolves.toMatchObject({ lang: 'ar', dir: 'rtl' });
    await expect(page.locator('h1').textContent()).resolves.toBe(
      translate('ar', 'tab.privacy.heading'),
    );
    await screenshot(page, 'ar-privacy');
  });

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
