import type { Page } from 'playwright-core';
import { startBot, type BotHarness } from '../support/bot-harness';
import { axeScan, blocking, describeViolations } from './support/axe';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { importRoundtable, ROUNDTABLE_ID } from './support/roundtable-scene';
import { openTab, tabUrl } from './support/tab-session';

/** 09:30 in New York on 10 May 2024: the opening plenary is under way. */
const DURING_OPENING = '2024-05-10T13:30:00Z';

/** The waiting turns a page lists, in order. */
function entryNames(page: Page): Promise<string[]> {
  return page.getByTestId('queue-entry').allTextContents();
}

describeWithChromium(
  'Session switch of the roundtable (chair panel, delegate panel, stage)',
  () => {
    let bot: BotHarness;
    let browser: Browser;
    let chair: Page;
    let delegate: Page;
    let stage: Page;
    const url = (view: 'panel' | 'stage', user: string) =>
      tabUrl(bot, view, user, { eventId: ROUNDTABLE_ID });

    beforeAll(async () => {
      bot = await startBot({ now: DURING_OPENING });
      await importRoundtable(bot);
      browser = await launchChromium();
      chair = await browser.page({ width: 480, height: 1000 });
      delegate = await browser.page({ width: 420, height: 1000 });
      stage = await browser.page({ width: 1280, height: 720 });
      await openTab(chair, url('panel', 'chair'), 'chair-controls');
      await openTab(delegate, url('panel', 'delegate-b'), 'panel-view');
      await openTab(stage, url('stage', 'delegate-b'), 'stage-view');
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await bot?.close();
    });

    it('when the tab opens during the opening plenary, then every screen shows its list', async () => {
      for (const page of [chair, delegate]) {
        await expect(page.getByTestId('session-picker').inputValue()).resolves.toBe(
          'opening-plenary',
        );
      }
      await expect(stage.getByTestId('stage-session').textContent()).resolves.toBe(
        'Opening Plenary',
      );
    });

    it('when the chair adds a speaker to the opening plenary, then the stage lists them', async () => {
      await chair.getByTestId('add-name').fill('Kenji Sato');
      await chair.getByTestId('add-organization').fill('Open Standards Institute');
      await chair.getByTestId('add-speaker').click();
      await stage.getByText('Kenji Sato (Open Standards Institute)').waitFor();
    });

    it('when the chair switches to the first signature panel, then the stage and the delegate follow with its own list', async () => {
      await chair.getByTestId('session-picker').selectOption('signature-panel-1');
      await stage
        .getByTestId('stage-session')
        .filter({ hasText: /^Signature Panel I$/ })
        .waitFor();
      await delegate.waitForFunction(
        () =>
          (document.querySelector('[data-testid=session-picker]') as HTMLSelectElement | null)
            ?.value === 'signature-panel-1',
      );
      expect(await entryNames(chair)).toEqual([]);
      await chair.getByTestId('add-name').fill('Lucía Fernández');
      await chair.getByTestId('add-organization').fill('Universidad de Chile');
      await chair.getByTestId('add-speaker').click();
      await stage.getByText('Lucía Fernández (Universidad de Chile)').waitFor();
      expect(await stage.getByText('Kenji Sato').count()).toBe(0);
      await screenshot(chair, 'panel-chair-session-switched');
      await screenshot(stage, 'stage-session-switched');
    });

    it('when the delegate picks another session, then only their screen changes', async () => {
      await delegate.getByTestId('session-picker').selectOption('opening-plenary');
      await delegate.getByTestId('queue-entry').filter({ hasText: 'Kenji Sato' }).waitFor();
      await expect(stage.getByTestId('stage-session').textContent()).resolves.toBe(
        'Signature Panel I',
      );
      expect((await bot.store.queues.chosen(ROUNDTABLE_ID))?.sessionId).toBe('signature-panel-1');
    });

    it("when the stage is opened again, then it opens on the chair's session, not the programme's", async () => {
      await stage.reload();
      await stage
        .getByTestId('stage-session')
        .filter({ hasText: /^Signature Panel I$/ })
        .waitFor();
      await stage.getByText('Lucía Fernández (Universidad de Chile)').waitFor();
    });

    it('when the session picker is shown, then axe finds no serious or critical violation', async () => {
      for (const [page, name] of [
        [chair, 'session-picker-chair'],
        [delegate, 'session-picker-delegate'],
        [stage, 'stage-session'],
      ] as const) {
        const violations = blocking(await axeScan(page, name));
        expect(describeViolations(violations)).toBe('');
      }
    });

    it('then the browser never reached past the loopback interface', () => {
      expect(browser.outside).toEqual([]);
    });
  },
);
