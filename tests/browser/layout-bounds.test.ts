import type { Page } from 'playwright-core';
import { translate } from '../../core/i18n/catalog';
import { PSEUDO_LOCALE } from '../../core/i18n/pseudo';
import { startBot, type BotHarness } from '../support/bot-harness';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { layoutScan } from './support/layout-scan';
import { command } from './support/queue-api';
import { DURING_MEETING, registerDelegateA, runClock } from './support/tab-session';
import { openSurface, type Surface } from './support/tab-surfaces';

/** Each surface at the window sizes people use it at: Teams' side panel, a shared stage, a desk. */
const SIZES: Array<Surface & { height: number }> = [
  {
    name: 'panel-280',
    view: 'panel',
    devUser: 'delegate-a',
    ready: 'my-turn',
    width: 280,
    height: 900,
  },
  {
    name: 'panel-320',
    view: 'panel',
    devUser: 'delegate-a',
    ready: 'my-turn',
    width: 320,
    height: 900,
  },
  {
    name: 'panel-chair-320',
    view: 'panel',
    devUser: 'chair',
    ready: 'chair-controls',
    width: 320,
    height: 900,
  },
  {
    name: 'stage-1280',
    view: 'stage',
    devUser: 'delegate-b',
    ready: 'stage-view',
    width: 1280,
    height: 720,
  },
  {
    name: 'stage-1920',
    view: 'stage',
    devUser: 'delegate-b',
    ready: 'stage-view',
    width: 1920,
    height: 1080,
  },
  {
    name: 'organizer-1366',
    view: 'organizer',
    devUser: 'chair',
    ready: 'chair-controls',
    section: 'speakers',
    width: 1366,
    height: 900,
  },
];
const LANGUAGES = ['en', 'ar', 'zh', PSEUDO_LOCALE];
const CASES = LANGUAGES.flatMap((lang) => SIZES.map((size) => ({ lang, ...size })));

/**
 * The seed dialogue with a coalition of long names on the floor, on the longest guiding
 * question, and a waiting list; delegate A registered but not in it, so their panel shows the
 * form that asks for the floor (with its question dropdown).
 */
async function coalitionOnTheFloor(bot: BotHarness): Promise<void> {
  runClock(bot);
  await registerDelegateA(bot);
  await command(bot, 'chair', {
    type: 'add',
    speaker: {
      name: 'Maximiliana Alexandrovna Fitzgerald-Oyelaran',
      organization: 'International Federation of Cybersecurity and Human Rights Organizations',
    },
    onBehalfOf: {
      kind: 'group',
      name: 'Global Coalition for an Open, Secure and Rights-Respecting Cyberspace',
      members: [
        'Association for Progressive Communications and Digital Rights Defenders',
        'Centre for Internet and Society of the Global South',
        'Open Net Africa Regional Network of Information Technology Practitioners',
      ],
    },
    questionId: 'q1',
  });
  await command(bot, 'chair', {
    type: 'add',
    speaker: { name: 'Kenji Sato', organization: 'Open Standards Institute' },
  });
  await command(bot, 'chair', { type: 'setCurrentQuestion', questionId: 'q1' });
  await command(bot, 'chair', { type: 'callNext' });
  await command(bot, 'chair', { type: 'startTimer' });
}

/** Waits until the panel that opens has finished its motion, so it is measured as it rests. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
}

describeWithChromium('Every tab surface fits its window, and no text is drawn over another', () => {
  let bot: BotHarness;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING });
    await coalitionOnTheFloor(bot);
    browser = await launchChromium();
    page = await browser.page();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it.each(CASES)(
    'when the $name surface is shown in $lang, then it is no wider than the window and no two lines overlap',
    async ({ lang, height, ...surface }) => {
      await page.setViewportSize({ width: surface.width ?? 420, height });
      await openSurface(page, bot, surface, lang);
      await screenshot(page, `layout-${lang}-${surface.name}`);
      await expect(layoutScan(page)).resolves.toEqual({ wider: null, overlaps: [] });
    },
  );

  it('when a participant reads the questions in Chinese, then each shows its label and opens to its full text from the keyboard', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await openSurface(page, bot, { view: 'panel', devUser: 'delegate-a', ready: 'my-turn' }, 'zh');
    const list = page.getByTestId('guiding-questions');
    const label = translate('zh', 'tab.questionLabels.titled', {
      number: 2,
      title: '保护关键基础设施',
    });
    const header = list.getByRole('button', { name: label });
    await expect(header.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(list.getByTestId('question-text').count()).resolves.toBe(0);
    await header.focus();
    await page.keyboard.press('Enter');
    await expect(header.getAttribute('aria-expanded')).resolves.toBe('true');
    // The seed gives the texts in English only: the full text is marked as English.
    await expect(list.getByTestId('question-text').textContent()).resolves.toContain(
      'How can stakeholders contribute',
    );
    await settled(page);
    await screenshot(page, 'layout-zh-panel-320-question-open');
    await expect(layoutScan(page)).resolves.toEqual({ wider: null, overlaps: [] });
    await page.getByLabel(translate('zh', 'tab.request.question')).selectOption('q2');
    await expect(
      page
        .getByLabel(translate('zh', 'tab.request.question'))
        .locator('option:checked')
        .textContent(),
    ).resolves.toBe(label);
  });

  it('when the stage shows the current question, then by its label, the full text one click away', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openSurface(
      page,
      bot,
      { view: 'stage', devUser: 'delegate-b', ready: 'stage-view' },
      'en',
    );
    const header = page.getByRole('button', { name: 'Question 1: Additional norms' });
    await header.click();
    await page.getByTestId('question-text').filter({ hasText: 'Taking into account' }).waitFor();
    await settled(page);
    await screenshot(page, 'layout-en-stage-1920-question-open');
    await expect(layoutScan(page)).resolves.toEqual({ wider: null, overlaps: [] });
  });

  it('when a page scrolls sideways or a line is drawn over another, then the scan says so (the check can fail)', async () => {
    await page.setViewportSize({ width: 320, height: 600 });
    await page.setContent(
      '<!doctype html><html><body style="margin:0"><p style="width:400px">Too wide</p>' +
        '<p style="font-size:36px;line-height:20px;width:200px">A coalition line that wraps</p>' +
        '<p>Fine</p></body></html>',
    );
    const found = await layoutScan(page);
    expect(found.wider).toBe('400 > 320');
    expect(found.overlaps.length).toBeGreaterThan(0);
    expect(found.overlaps.join()).not.toContain('Fine');
  });

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
