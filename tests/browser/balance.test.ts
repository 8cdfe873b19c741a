import type { Page } from 'playwright-core';
import { DEV_TENANT_ID, devPrincipalOf } from '../../bot/platform/auth/dev-users';
import { translate } from '../../core/i18n/catalog';
import { PSEUDO_LOCALE } from '../../core/i18n/pseudo';
import { startBot, type BotHarness } from '../support/bot-harness';
import { aPerson } from '../store/store-fixtures';
import { axeScan, blocking, describeViolations } from './support/axe';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { layoutScan } from './support/layout-scan';
import { command } from './support/queue-api';
import { DURING_MEETING, EVENT_ID, registerDelegateA } from './support/tab-session';
import { openSurface, type Surface } from './support/tab-surfaces';

const PANEL: Surface = {
  name: 'panel-chair-320',
  view: 'panel',
  devUser: 'chair',
  ready: 'balance',
  width: 320,
};
const ORGANIZER: Surface = {
  name: 'organizer-1366',
  view: 'organizer',
  devUser: 'chair',
  ready: 'balance',
  section: 'speakers',
  width: 1366,
};
const CASES = ['en', 'ar'].flatMap((lang) => [PANEL, ORGANIZER].map((s) => ({ lang, ...s })));

/**
 * Delegate A (an NGO, Senegal, for the Cyber Peace Coalition) spoke 1:30 under the current
 * question; delegate B (academia, France) and Kenji Sato (added by name) wait.
 */
async function oneTurnGiven(bot: BotHarness): Promise<void> {
  await registerDelegateA(bot);
  await bot.store.registrations.create(
    aPerson(EVENT_ID, {
      tenantId: DEV_TENANT_ID,
      aadObjectId: devPrincipalOf('delegate-b')!.oid,
      givenName: 'Bruno',
      familyName: 'Lefèvre',
      organization: 'Université de Genève',
      category: 'academia',
      country: 'FR',
      status: 'confirmed',
    }),
  );
  const coalition = {
    kind: 'group',
    name: 'Cyber Peace Coalition',
    members: ['Digital Rights Coalition', 'Open Net Africa'],
  };
  await command(bot, 'delegate-a', { type: 'requestFloor', onBehalfOf: coalition });
  await command(bot, 'delegate-b', { type: 'requestFloor' });
  await command(bot, 'chair', {
    type: 'add',
    speaker: { name: 'Kenji Sato', organization: 'Open Standards Institute' },
  });
  await command(bot, 'chair', { type: 'setCurrentQuestion', questionId: 'q2' });
  await command(bot, 'chair', { type: 'callNext' });
  await command(bot, 'chair', { type: 'startTimer' });
  bot.clock.set(new Date(bot.clock.now().getTime() + 90_000).toISOString());
  await command(bot, 'chair', { type: 'finishTurn' });
}

/** The rows of one balance table as "group | turns | time". */
async function rows(page: Page, table: string): Promise<string[]> {
  return page
    .getByTestId(`balance-${table}`)
    .getByTestId('balance-row')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [
          tr.querySelector('bdi')?.textContent,
          tr.querySelector('[data-testid="balance-turns"]')?.textContent,
          tr.querySelector('[data-testid="balance-time"]')?.textContent,
        ].join(' | '),
      ),
    );
}

describeWithChromium('Balance of the floor and the guiding question of each turn', () => {
  let bot: BotHarness;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING });
    await oneTurnGiven(bot);
    browser = await launchChromium();
    page = await browser.page();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it.each(CASES)(
    'when the chair opens $name in $lang, then the balance is shown, fits, passes axe and marks the group not yet heard',
    async ({ lang, width, ...surface }) => {
      await page.setViewportSize({ width: width ?? 320, height: 900 });
      await openSurface(page, bot, surface, lang);
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe(
        lang === 'ar' ? 'rtl' : 'ltr',
      );
      const l = lang === 'ar' ? 'ar' : 'en';
      const categories = await rows(page, 'category');
      expect(categories.map((r) => r.split(' | ').slice(1).join(' | '))).toEqual([
        '1 | 1:30',
        '0 | 0:00',
        '0 | 0:00',
      ]);
      expect(categories[2]).toContain(translate(l, 'tab.balance.unknownCategory'));
      if (lang === 'en') expect(categories[0]).toBe('Non-governmental organization | 1 | 1:30');
      expect((await rows(page, 'region'))[0]).toBe(
        `${translate(l, 'tab.speakers.region.african')} | 1 | 1:30`,
      );
      expect(await rows(page, 'coalition')).toEqual(['Cyber Peace Coalition | 1 | 1:30']);
      // Only the academic is marked: the NGO category was heard; Kenji Sato has no category.
      const marked = page.getByTestId('queue-entry').filter({ has: page.getByTestId('unheard') });
      await expect(marked.count()).resolves.toBe(1);
      await expect(marked.textContent()).resolves.toContain('Bruno');
      await screenshot(page, `balance-${lang}-${surface.name}`);
      await expect(layoutScan(page)).resolves.toEqual({ wider: null, overlaps: [] });
      const violations = blocking(await axeScan(page, `balance-${lang}-${surface.name}`));
      expect(describeViolations(violations)).toBe('');
    },
  );

  it.each([PANEL, ORGANIZER])(
    'when the chair opens $name in the pseudo-locale (longer texts), then it still fits',
    async ({ width, ...surface }) => {
      await page.setViewportSize({ width: width ?? 320, height: 900 });
      await openSurface(page, bot, surface, PSEUDO_LOCALE);
      await screenshot(page, `balance-pseudo-${surface.name}`);
      await expect(layoutScan(page)).resolves.toEqual({ wider: null, overlaps: [] });
    },
  );

  it('when the next turn is given, then the balance follows the queue live', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await openSurface(page, bot, PANEL, 'en');
    await command(bot, 'chair', { type: 'callNext' });
    await page
      .getByTestId('balance-category')
      .getByTestId('balance-row')
      .filter({ hasText: 'Academia' })
      .getByTestId('balance-turns')
      .filter({ hasText: '1' })
      .waitFor();
    await expect(page.getByTestId('unheard').count()).resolves.toBe(0);
  });

  it('when the chair corrects a given turn’s question from the keyboard, then the stored turn carries the new question', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openSurface(page, bot, ORGANIZER, 'en');
    const select = page.getByLabel('Guiding question of Amina Diallo’s turn', { exact: true });
    await expect(select.inputValue()).resolves.toBe('q2');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(select.inputValue()).resolves.toBe('q3');
    await page.keyboard.press('Tab');
    const apply = page.getByRole('button', {
      name: 'Correct the guiding question of Amina Diallo’s turn',
    });
    await expect(apply.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(async (url) => {
      const state = await (await fetch(url, { headers: { 'X-Dev-User': 'chair' } })).json();
      return state.queue.entries[0].questionId === 'q3';
    }, `${bot.baseUrl}/api/events/${EVENT_ID}/queue`);
    await expect(apply.getAttribute('aria-disabled')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Undo: correct a turn’s guiding question' }).waitFor();
    await screenshot(page, 'balance-en-organizer-question-corrected');
  });

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
