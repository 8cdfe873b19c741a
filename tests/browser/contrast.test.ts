import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startBot, type BotHarness } from '../support/bot-harness';
import {
  ARTIFACTS,
  describeWithChromium,
  launchChromium,
  screenshot,
  type Browser,
} from './support/chromium';
import { contrastReport } from './support/contrast';
import { meetingUnderWay } from './support/meeting-scene';
import { DURING_MEETING, openTab, tabUrl, type TabView } from './support/tab-session';

const THEMES = ['default', 'dark', 'contrast'] as const;
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
/** The surfaces with the most kinds of text: the attendee's own row and badges, the chair's controls, the stage. */
const SURFACES: Array<{
  name: string;
  view: TabView;
  devUser: string;
  ready: string;
  width: number;
}> = [
  { name: 'panel-attendee', view: 'panel', devUser: 'delegate-a', ready: 'my-turn', width: 320 },
  { name: 'panel-chair', view: 'panel', devUser: 'chair', ready: 'chair-controls', width: 320 },
  { name: 'stage', view: 'stage', devUser: 'delegate-b', ready: 'stage-view', width: 1920 },
];

describeWithChromium('Contrast of every text, by our own WCAG computation, in three themes', () => {
  let bot: BotHarness;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING });
    await meetingUnderWay(bot);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  for (const language of LANGUAGES) {
    it(`when the surfaces are shown in ${language}, then every text meets WCAG AA contrast in each theme`, async () => {
      const found: string[] = [];
      const reports: Record<string, unknown> = {};
      for (const surface of SURFACES) {
        const page = await browser.page({ width: surface.width, height: 1080 });
        for (const theme of THEMES) {
          await openTab(
            page,
            tabUrl(bot, surface.view, surface.devUser, { lang: language, theme }),
            surface.ready,
          );
          const report = await contrastReport(page);
          reports[`${surface.name}-${theme}`] = report;
          expect(report.checked).toBeGreaterThan(10);
          if (language === 'ar') expect(report.arabic).toBeGreaterThan(5);
          for (const f of report.failures) {
            found.push(
              `${surface.name}/${theme}: "${f.text}" ${f.ratio}:1 < ${f.needed} (${f.color} on ${f.background})`,
            );
          }
          if (['en', 'ar', 'zh'].includes(language) && theme !== 'default') {
            await screenshot(page, `contrast-${surface.name}-${theme}-${language}`);
          }
        }
      }
      writeFileSync(
        path.join(ARTIFACTS, `contrast-${language}.json`),
        JSON.stringify(reports, null, 2),
      );
      expect(found).toEqual([]);
    }, 300_000);
  }
});
