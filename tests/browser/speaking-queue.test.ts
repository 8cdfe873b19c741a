import type { Page } from 'playwright-core';
import { startBot, type BotHarness } from '../support/bot-harness';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import {
  DURING_MEETING,
  delegateAInMeeting,
  openTab,
  registerDelegateA,
  runClock,
  tabUrl,
} from './support/tab-session';

/** The countdown a page shows, in whole seconds (negative once overrun). */
async function shownSeconds(page: Page): Promise<number> {
  return Number(await page.getByTestId('timer').getAttribute('data-seconds'));
}

/** The waiting turns a page lists, in order. */
async function entryNames(page: Page): Promise<string[]> {
  return page.getByTestId('queue-entry').allTextContents();
}

describeWithChromium('Speaking queue in the meeting side panel (two screens, one meeting)', () => {
  let bot: BotHarness;
  let browser: Browser;
  let clock: { jump(ms: number): void };
  let chair: Page;
  let delegate: Page;

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING });
    clock = runClock(bot);
    await registerDelegateA(bot);
    browser = await launchChromium();
    chair = await browser.page({ width: 480, height: 1000 });
    delegate = await browser.page({ width: 420, height: 1000 });
    await openTab(chair, tabUrl(bot, 'panel', 'chair'), 'chair-controls');
    await openTab(delegate, tabUrl(bot, 'panel', 'delegate-a'), 'my-turn');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('when the chair adds two speakers, then both screens list them in order', async () => {
    for (const [name, organization] of [
      ['Kenji Sato', 'Open Standards Institute'],
      ['Lucía Fernández', 'Universidad de Chile'],
    ]) {
      await chair.getByTestId('add-name').fill(name as string);
      await chair.getByTestId('add-organization').fill(organization as string);
      await chair.getByTestId('add-speaker').click();
      await delegate
        .getByTestId('queue-entry')
        .filter({ hasText: name as string })
        .waitFor();
    }
    expect(await entryNames(delegate)).toEqual([
      expect.stringContaining('Kenji Sato'),
      expect.stringContaining('Lucía Fernández'),
    ]);
  });

  it('when the delegate requests the floor for a group, then the chair sees the request live', async () => {
    await delegate.getByLabel('A group or coalition').check();
    await delegate.getByLabel('Name of the group or coalition').fill('Cyber Peace Coalition');
    await delegate
      .getByLabel('Member organizations')
      .fill('Digital Rights Coalition\nOpen Net Africa');
    await delegate.getByLabel('Guiding question you will address').selectOption('q2');
    await delegate.getByTestId('request-floor').click();

    // Waits for the text rather than reading it once: under load the place can still be
    // rendering the moment the element appears.
    await delegate
      .getByTestId('my-place')
      .filter({ hasText: 'You are number 3 on the list.' })
      .waitFor();
    const request = chair.getByTestId('queue-entry').filter({ hasText: 'Amina Diallo' });
    await request.waitFor();
    await expect(request.textContent()).resolves.toContain('Cyber Peace Coalition');
    await expect(request.textContent()).resolves.toContain('Question 2');
  });

  it('when the delegate leaves and rejoins the Teams meeting, then the chair sees it beside the request, live', async () => {
    const badge = chair
      .getByTestId('queue-entry')
      .filter({ hasText: 'Amina Diallo' })
      .getByTestId('presence');

    await delegateAInMeeting(bot, 'leave', new Date(Date.now() - 60_000));
    await badge.and(chair.locator('[data-presence=absent]')).waitFor();
    await expect(badge.textContent()).resolves.toBe('Not in the meeting');
    await screenshot(chair, 'panel-chair-speaker-absent');

    await delegateAInMeeting(bot, 'join', new Date());
    await badge.and(chair.locator('[data-presence=present]')).waitFor();
    expect(await delegate.getByTestId('presence').count()).toBe(0);
  });

  it('when the chair moves the request to the top, then the delegate is told they are next', async () => {
    const request = chair.getByTestId('queue-entry').filter({ hasText: 'Amina Diallo' });
    await request.getByTestId('move-up').click();
    await delegate.getByText('You are number 2 on the list.').waitFor();
    await request.getByTestId('move-up').click();
    await delegate.getByText('You are next on the list.').waitFor();
    expect(await entryNames(chair)).toEqual([
      expect.stringContaining('Amina Diallo'),
      expect.stringContaining('Kenji Sato'),
      expect.stringContaining('Lucía Fernández'),
    ]);
    await screenshot(chair, 'panel-chair-reordered');
  });

  it('when the chair calls the delegate and starts the timer, then both screens show the same countdown', async () => {
    await chair.getByTestId('call-next').click();
    await delegate.getByText('You have the floor.').waitFor();
    await chair
      .getByTestId('current-speaker-name')
      .filter({ hasText: /^Amina Diallo$/ })
      .waitFor();
    await chair.getByTestId('start-timer').click();
    for (const page of [chair, delegate]) {
      await page.locator('[data-testid=timer][data-phase=running]').waitFor();
    }
    // Let the countdown move off the full time before reading both screens at once.
    await delegate.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid=timer]')?.getAttribute('data-seconds')) < 179,
    );
    const [onChair, onDelegate] = await Promise.all([shownSeconds(chair), shownSeconds(delegate)]);
    expect(onChair).toBeLessThan(180);
    expect(onChair).toBeGreaterThan(120);
    expect(Math.abs(onChair - onDelegate)).toBeLessThanOrEqual(1);
    await screenshot(chair, 'panel-chair-speaking');
    await screenshot(delegate, 'panel-delegate-speaking');
  });

  it('when the speaker runs over time, then both screens show the overrun as negative and say so', async () => {
    clock.jump(200_000);
    await chair.getByTestId('pause-timer').click();
    for (const page of [chair, delegate]) {
      await page.locator('[data-testid=timer][data-phase=paused]').waitFor();
      const seconds = await shownSeconds(page);
      expect(seconds).toBeLessThan(0);
      await expect(page.getByTestId('timer').textContent()).resolves.toMatch(/^\u22120:\d\d$/);
      await page.getByText('Over time', { exact: true }).waitFor();
    }
    expect(await shownSeconds(chair)).toBe(await shownSeconds(delegate));
    await screenshot(delegate, 'panel-delegate-overrun');
  });

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
