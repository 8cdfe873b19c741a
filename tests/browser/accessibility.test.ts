import type { Page } from 'playwright-core';
import { startBot, type BotHarness } from '../support/bot-harness';
import { axeScan, blocking, describeViolations } from './support/axe';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { command } from './support/queue-api';
import { importRoundtable, registerForRoundtable, ROUNDTABLE_ID } from './support/roundtable-scene';
import {
  DURING_MEETING,
  delegateAInMeeting,
  openTab,
  registerDelegateA,
  runClock,
  tabUrl,
  type TabView,
} from './support/tab-session';

/** Every surface of the tab, as a participant and as the chair, in the Teams themes. */
const SURFACES: Array<{
  name: string;
  view: TabView;
  devUser: string;
  ready: string;
  theme?: string;
  width?: number;
  /** Another event than the seed dialogue (the roundtable's pages). */
  eventId?: string;
}> = [
  { name: 'panel-participant', view: 'panel', devUser: 'delegate-a', ready: 'my-turn' },
  { name: 'panel-chair', view: 'panel', devUser: 'chair', ready: 'chair-controls' },
  { name: 'stage', view: 'stage', devUser: 'delegate-b', ready: 'stage-view', width: 1280 },
  { name: 'organizer', view: 'organizer', devUser: 'chair', ready: 'chair-controls', width: 1280 },
  {
    name: 'organizer-registrations',
    view: 'organizer',
    devUser: 'chair',
    ready: 'delivery-sent',
    width: 1280,
  },
  { name: 'config', view: 'config', devUser: 'chair', ready: 'event-picker' },
  { name: 'notice', view: 'notice', devUser: 'delegate-a', ready: 'notice-view' },
  {
    name: 'programme',
    view: 'programme',
    devUser: 'delegate-a',
    ready: 'my-schedule',
    eventId: ROUNDTABLE_ID,
  },
  {
    name: 'organizer-roundtable',
    view: 'organizer',
    devUser: 'chair',
    ready: 'breakouts-section',
    width: 1280,
    eventId: ROUNDTABLE_ID,
  },
  {
    name: 'panel-chair-dark',
    view: 'panel',
    devUser: 'chair',
    ready: 'chair-controls',
    theme: 'dark',
  },
  {
    name: 'stage-contrast',
    view: 'stage',
    devUser: 'delegate-b',
    ready: 'stage-view',
    theme: 'contrast',
    width: 1280,
  },
];

describeWithChromium('Accessibility of every tab surface (axe-core)', () => {
  let bot: BotHarness;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING });
    runClock(bot);
    await registerDelegateA(bot);
    await importRoundtable(bot);
    await registerForRoundtable(bot, 'delegate-a', { organization: 'Cyber Capacity Foundation' });
    // A meeting under way: a speaker with the timer running, a question, people waiting.
    await command(bot, 'chair', {
      type: 'add',
      speaker: { name: 'Kenji Sato', organization: 'Open Standards Institute' },
    });
    await command(bot, 'delegate-a', {
      type: 'requestFloor',
      onBehalfOf: {
        kind: 'group',
        name: 'Cyber Peace Coalition',
        members: ['Digital Rights Coalition', 'Open Net Africa'],
      },
      questionId: 'q2',
    });
    await command(bot, 'chair', {
      type: 'add',
      speaker: { name: 'Lucía Fernández', organization: 'Universidad de Chile' },
      kind: 'rightOfReply',
    });
    await command(bot, 'chair', { type: 'setCurrentQuestion', questionId: 'q2' });
    await command(bot, 'chair', { type: 'callNext' });
    await command(bot, 'chair', { type: 'startTimer' });
    // Delegate A, waiting to speak, has left the Teams meeting: the chair's views mark it.
    await delegateAInMeeting(bot, 'leave', new Date());
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it.each(SURFACES)(
    'when the $name surface is shown, then axe finds no serious or critical violation',
    async ({ name, view, devUser, ready, theme, width, eventId }) => {
      const page: Page = await browser.page({ width: width ?? 420, height: 900 });
      const extra = { ...(theme ? { theme } : {}), ...(eventId ? { eventId } : {}) };
      await openTab(page, tabUrl(bot, view, devUser, extra), ready);
      if (view === 'config') {
        await page.getByTestId('event-picker').selectOption('oewg-informal-dialogue-2024-02-28');
        await page.getByTestId('config-url').waitFor();
      }
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
