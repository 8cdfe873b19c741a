import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { messageSource, type MessageKey } from '../../core/i18n/catalog';
import type { Language } from '../../core/i18n/languages';
import { seedRegistrants, TEST_OUTBOX } from '../outbox/outbox-helpers';
import { startBot, type BotHarness } from '../support/bot-harness';
import { ARTIFACTS, describeWithChromium, launchChromium, type Browser } from './support/chromium';
import { DURING_MEETING, openTab, runClock, tabUrl } from './support/tab-session';

/** Accessibility trees kept per surface and language, beside the panel's and the stage's. */
const TREES = path.join(ARTIFACTS, 'a11y-tree');

const PEOPLE = 12;

/** The fixed words of a sentence, in order (the tab fills the arguments). */
function words(language: Language, key: MessageKey): string[] {
  return messageSource(language, key)
    .split(/\{[^}]+\}/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function saysInOrder(text: string, parts: string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * Records every text any live region of the page takes, in order, as a screen reader would be
 * told it: `[testid, text]`, a region's repeat of the same text not counted.
 */
async function recordLiveRegions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { said: string[][] };
    w.said = [];
    const last = new Map<Element, string>();
    const read = () => {
      const regions = document.querySelectorAll(
        '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]',
      );
      for (const region of regions) {
        const text = region.textContent ?? '';
        if (last.get(region) === text) continue;
        last.set(region, text);
        if (text) w.said.push([region.getAttribute('data-testid') ?? region.tagName, text]);
      }
    };
    read();
    w.said = [];
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

/** What was said since the last call. */
async function saidSince(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const w = window as unknown as { said: string[][] };
    const said = w.said;
    w.said = [];
    return said;
  });
}

/** Waits until the page has asked for the delivery counts `times` more: its polls went on. */
async function pollsGoneBy(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.waitForRequest((r) => r.url().endsWith('/delivery'), { timeout: 30_000 });
  }
}

for (const language of ['en', 'ar'] as const) {
  describeWithChromium(`The organizer desk's live region in ${language}`, () => {
    let bot: BotHarness;
    let browser: Browser;

    beforeAll(async () => {
      bot = await startBot({ now: DURING_MEETING, outbox: TEST_OUTBOX });
      runClock(bot);
      await seedRegistrants(bot, PEOPLE, {
        person: (i) => ({ country: i % 2 === 0 ? 'KE' : 'FR' }),
      });
      browser = await launchChromium();
      mkdirSync(TREES, { recursive: true });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await bot?.close();
    });

    it('when the chair filters, decides for everyone pending and the messages go out, then each change is announced once, politely', async () => {
      const page = await browser.page({ width: 1366, height: 900 });
      await openTab(
        page,
        `${tabUrl(bot, 'organizer', 'chair', { lang: language })}#registrations`,
        'registrations-grid',
      );
      const announcer = page.getByTestId('desk-announcer');
      expect(await announcer.getAttribute('aria-live')).toBe('polite');
      await recordLiveRegions(page);
      const trees: string[] = [];
      const keep = async (step: string) =>
        trees.push(`# after: ${step}`, await page.locator('body').ariaSnapshot());

      // A filter changes the list shown: said once, by the desk's region.
      await page.getByTestId('filter-country').selectOption('KE');
      await page.waitForFunction(
        (parts) => {
          const text = document.querySelector('[data-testid="desk-announcer"]')?.textContent;
          return parts.every((p) => text?.includes(p));
        },
        words(language, 'tab.desk.shown'),
      );
      const filtered = await saidSince(page);
      expect(filtered).toHaveLength(1);
      expect(filtered[0]![0]).toBe('desk-announcer');
      expect(saysInOrder(filtered[0]![1]!, words(language, 'tab.desk.shown'))).toBe(true);
      await keep('filtered');
      await page.getByTestId('clear-filters').click();
      await page.waitForFunction(
        (before) =>
          document.querySelector('[data-testid="desk-announcer"]')?.textContent !== before,
        filtered[0]![1]!,
      );
      expect(await saidSince(page)).toHaveLength(1);

      // A mass decision with the messages held: its result, then its first count, once each.
      await bot.outbox.stop();
      await page.getByTestId('confirm-all-pending').click();
      await page.getByTestId('ask-go').click();
      await page.getByTestId('progress-text').waitFor();
      await pollsGoneBy(page, 3);
      const started = await saidSince(page);
      const result = await page
        .getByTestId('decision-result')
        .evaluate((el) => [...el.querySelectorAll('p')].map((p) => p.textContent).join(' '));
      expect(started.map(([region]) => region)).toEqual(['desk-announcer', 'desk-announcer']);
      expect(started[0]![1]!).toBe(result);
      expect(saysInOrder(started[1]![1]!, words(language, 'tab.desk.progress'))).toBe(true);
      await keep('decided, messages waiting');

      // The messages go out: the end is said once, and nothing after it.
      await bot.outbox.start();
      await page.waitForFunction(
        (parts) => {
          const text = document.querySelector('[data-testid="desk-announcer"]')?.textContent ?? '';
          return parts.every((p) => text.includes(p));
        },
        words(language, 'tab.desk.progressDone'),
        { timeout: 60_000 },
      );
      const done = await saidSince(page);
      expect(done).toHaveLength(1);
      expect(done[0]![0]).toBe('desk-announcer');
      expect(saysInOrder(done[0]![1]!, words(language, 'tab.desk.progressDone'))).toBe(true);
      await keep('messages sent');
      const statuses = trees
        .at(-1)!
        .split('\n')
        .filter((line) => line.trim().startsWith('- status:'));
      expect(statuses.filter((line) => line.includes(done[0]![1]!))).toHaveLength(1);
      writeFileSync(path.join(TREES, `organizer-${language}.yml`), `${trees.join('\n')}\n`);
      await page.close();
    }, 240_000);
  });
}
