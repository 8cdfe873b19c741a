import type { Page } from 'playwright-core';
import { startBot, type BotHarness } from '../support/bot-harness';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { command } from './support/queue-api';
import {
  DURING_MEETING,
  openTab,
  registerDelegateA,
  runClock,
  tabUrl,
  type TabView,
} from './support/tab-session';

/** Where focus is: the focused element's test id, tag and text (or `body`). */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    const id = active.getAttribute('data-testid');
    return id ?? `${active.tagName.toLowerCase()}:${active.textContent?.trim().slice(0, 40)}`;
  });
}

/** Presses Tab until `testId` has focus (at most 80 times): the control is reachable by keyboard. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if ((await focused(page)) === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} was not reached with Tab`);
}

/** Waits until focus lands where expected; on failure says where it is instead. */
async function expectFocusOn(page: Page, expected: string | RegExp): Promise<void> {
  const matches = (where: string) =>
    typeof expected === 'string' ? where === expected : expected.test(where);
  const until = Date.now() + 15_000;
  let where = await focused(page);
  while (!matches(where) && Date.now() < until) {
    await page.waitForTimeout(50);
    where = await focused(page);
  }
  expect(where).toMatch(typeof expected === 'string' ? new RegExp(`^${expected}$`) : expected);
}

async function addSpeakers(bot: BotHarness, names: string[]): Promise<void> {
  for (const name of names) {
    await command(bot, 'chair', { type: 'add', speaker: { name, organization: 'Test Org' } });
  }
}

describeWithChromium('Keyboard only: focus after every action goes somewhere sensible', () => {
  let bot: BotHarness;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING });
    runClock(bot);
    await registerDelegateA(bot);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  // The floor is the organizer desk's speakers section, which its URL's hash opens.
  const chairSurfaces: Array<[TabView, number, string]> = [
    ['panel', 480, ''],
    ['organizer', 1280, '#speakers'],
  ];
  for (const [view, width, hash] of chairSurfaces) {
    it(`when the chair works the floor by keyboard on the ${view}, then focus follows each action`, async () => {
      await addSpeakers(bot, [`First ${view}`, `Second ${view}`, `Third ${view}`]);
      const chair = await browser.page({ width, height: 1200 });
      await openTab(chair, `${tabUrl(bot, view, 'chair')}${hash}`, 'chair-controls');

      await tabTo(chair, 'call-next');
      await chair.keyboard.press('Enter');
      await chair.getByTestId('start-timer').waitFor();
      await expectFocusOn(chair, 'call-next');

      await tabTo(chair, 'start-timer');
      await chair.keyboard.press('Enter');
      await expectFocusOn(chair, 'pause-timer');

      await chair.keyboard.press('Enter');
      await expectFocusOn(chair, 'resume-timer');

      await chair.keyboard.press('Space');
      await expectFocusOn(chair, 'pause-timer');

      await tabTo(chair, 'finish-turn');
      await chair.keyboard.press('Enter');
      await expectFocusOn(chair, 'call-next');

      await tabTo(chair, 'remove');
      const removed = await chair.getByTestId('queue-entry').first().getAttribute('data-entry-id');
      await chair.keyboard.press('Enter');
      // The row that took the removed row's place has focus, and it is another turn.
      await expectFocusOn(chair, /^queue-entry$/);
      const now = await chair.evaluate(() => document.activeElement?.getAttribute('data-entry-id'));
      expect(now).not.toBe(removed);
      expect(await chair.evaluate(() => document.activeElement?.textContent)).toContain(
        `Third ${view}`,
      );
      await screenshot(chair, `keyboard-focus-chair-${view}`);
      // Clear the list for the next surface.
      await command(bot, 'chair', { type: 'callNext' });
      await command(bot, 'chair', { type: 'finishTurn' });
    }, 120_000);
  }

  it('when the delegate asks for the floor and withdraws by keyboard, then focus follows', async () => {
    const delegate = await browser.page({ width: 320, height: 1400 });
    await openTab(delegate, tabUrl(bot, 'panel', 'delegate-a'), 'my-turn');

    await tabTo(delegate, 'request-floor');
    await delegate.keyboard.press('Enter');
    await expectFocusOn(delegate, 'withdraw');

    await delegate.keyboard.press('Enter');
    await expectFocusOn(delegate, 'request-floor');

    // Once more, so the journey ends where it began and the place is announced.
    await delegate.keyboard.press('Enter');
    await expectFocusOn(delegate, 'withdraw');
    await screenshot(delegate, 'keyboard-focus-attendee-panel');
  }, 120_000);

  it('when the chair closes the list while the delegate waits and they withdraw, then focus goes to their section heading', async () => {
    const delegate = await browser.page({ width: 320, height: 1400 });
    await openTab(delegate, tabUrl(bot, 'panel', 'delegate-a'), 'my-turn');
    await delegate.getByTestId('withdraw').waitFor();
    await command(bot, 'chair', { type: 'closeList' });
    await delegate.getByTestId('list-status').filter({ hasText: 'closed' }).waitFor();
    await tabTo(delegate, 'withdraw');
    await delegate.keyboard.press('Enter');
    await expectFocusOn(delegate, /^h2:/);
    await command(bot, 'chair', { type: 'openList' });
  }, 120_000);
});
