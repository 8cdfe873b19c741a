import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { messageSource, type MessageKey } from '../../core/i18n/catalog';
import type { Language } from '../../core/i18n/languages';
import { startBot, type BotHarness } from '../support/bot-harness';
import { ARTIFACTS, describeWithChromium, launchChromium, type Browser } from './support/chromium';
import { command } from './support/queue-api';
import {
  DURING_MEETING,
  EVENT_ID,
  openTab,
  registerDelegateA,
  runClock,
  tabUrl,
} from './support/tab-session';

/** Accessibility trees kept per surface and language (gitignored, beside the screenshots). */
const TREES = path.join(ARTIFACTS, 'a11y-tree');

/** Every live region's text: what a screen reader would be told when it changes. */
async function liveRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]',
      ),
    ].map((region) => region.textContent ?? ''),
  );
}

/** The surfaces that follow the meeting, each as its person sees it. */
const SURFACES = [
  { name: 'panel-chair', view: 'panel', devUser: 'chair', ready: 'chair-controls', width: 480 },
  { name: 'panel-attendee', view: 'panel', devUser: 'delegate-a', ready: 'my-turn', width: 320 },
  { name: 'stage', view: 'stage', devUser: 'delegate-b', ready: 'stage-view', width: 1920 },
] as const;

type SurfaceName = (typeof SURFACES)[number]['name'];

/** A change made by the chair, and what each surface must announce for it (one region). */
interface Step {
  name: string;
  act: () => Promise<void>;
  /** The catalog keys the announcement is made of, per surface (absent: the same for all). */
  says: Partial<Record<SurfaceName, MessageKey[]>> & { all?: MessageKey[] };
}

/** The fixed words of each sentence, in order (the tab fills the arguments). */
function expected(language: Language, keys: MessageKey[]): string[] {
  return keys.flatMap((key) =>
    messageSource(language, key)
      .split(/\{[^}]+\}/)
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

interface Entry {
  id: string;
  status: string;
}

async function entries(bot: BotHarness): Promise<Entry[]> {
  const url = `${bot.baseUrl}/api/events/${EVENT_ID}/queue`;
  const body = await (await fetch(url, { headers: { 'X-Dev-User': 'chair' } })).json();
  return body.queue.entries as Entry[];
}

/** The id of the turn that has the floor, as the service reports it. */
async function speakingId(bot: BotHarness): Promise<string> {
  const speaking = (await entries(bot)).find((e) => e.status === 'speaking');
  if (!speaking) throw new Error('nobody has the floor');
  return speaking.id;
}

/** An empty, open list with nobody speaking: each language starts from the same scene. */
async function clearQueue(bot: BotHarness): Promise<void> {
  for (const entry of await entries(bot)) {
    if (entry.status === 'speaking') await command(bot, 'chair', { type: 'finishTurn' });
    if (entry.status === 'waiting')
      await command(bot, 'chair', { type: 'remove', entryId: entry.id });
  }
  await command(bot, 'chair', { type: 'openList' }).catch(() => undefined);
}

describeWithChromium('Live announcements: one polite region, one announcement per change', () => {
  let bot: BotHarness;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot({ now: DURING_MEETING });
    runClock(bot);
    await registerDelegateA(bot);
    browser = await launchChromium();
    mkdirSync(TREES, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  for (const language of ['en', 'ar', 'zh'] as const) {
    it(`when the chair runs a turn in ${language}, then every surface announces each change once`, async () => {
      await clearQueue(bot);
      const speaker = `Kenji ${language}`;
      await command(bot, 'chair', {
        type: 'add',
        speaker: { name: speaker, organization: 'Open Standards Institute' },
      });
      await command(bot, 'delegate-a', {
        type: 'requestFloor',
        onBehalfOf: { kind: 'ownOrganization' },
      });
      const pages = new Map<SurfaceName, Page>();
      for (const surface of SURFACES) {
        const page = await browser.page({ width: surface.width, height: 1080 });
        await openTab(
          page,
          tabUrl(bot, surface.view, surface.devUser, { lang: language }),
          surface.ready,
        );
        pages.set(surface.name, page);
      }
      const trees = new Map<SurfaceName, string[]>();
      const steps: Step[] = [
        {
          name: 'speaker called',
          act: () => command(bot, 'chair', { type: 'callNext' }),
          says: {
            all: ['tab.current.announce'],
            'panel-attendee': ['tab.current.announce', 'tab.announce.yourTurnNext'],
          },
        },
        {
          name: 'timer started',
          act: () => command(bot, 'chair', { type: 'startTimer' }),
          says: { all: ['tab.announce.timerStarted'] },
        },
        {
          name: 'timer paused',
          act: () => command(bot, 'chair', { type: 'pauseTimer' }),
          says: { all: ['tab.announce.paused'] },
        },
        {
          name: 'timer resumed',
          act: () => command(bot, 'chair', { type: 'resumeTimer' }),
          says: { all: ['tab.announce.resumed'] },
        },
        {
          name: 'over time',
          // The shortest time a turn may have: the running countdown crosses zero on its own.
          act: async () => {
            const entryId = await speakingId(bot);
            await command(bot, 'chair', { type: 'setAllottedTime', entryId, seconds: 10 });
          },
          says: { all: ['tab.announce.overTime'] },
        },
        {
          name: 'list closed',
          act: () => command(bot, 'chair', { type: 'closeList' }),
          says: { all: ['tab.announce.listClosed'] },
        },
        {
          name: 'list opened',
          act: () => command(bot, 'chair', { type: 'openList' }),
          says: { all: ['tab.announce.listOpened'] },
        },
        {
          name: 'attendee called',
          act: async () => {
            await command(bot, 'chair', { type: 'finishTurn' });
            await command(bot, 'chair', { type: 'callNext' });
          },
          says: { all: ['tab.current.announce'], 'panel-attendee': ['tab.announce.yourFloor'] },
        },
      ];
      for (const step of steps) {
        const before = new Map<SurfaceName, string[]>();
        for (const [name, page] of pages) before.set(name, await liveRegions(page));
        await step.act();
        for (const [name, page] of pages) {
          const keys = step.says[name] ?? step.says.all ?? [];
          const parts = expected(language, keys);
          const announcer = page.getByTestId('announcer');
          await page.waitForFunction(
            (words) => {
              const text = document.querySelector('[data-testid="announcer"]')?.textContent ?? '';
              let from = 0;
              for (const word of words) {
                const at = text.indexOf(word, from);
                if (at < 0) return false;
                from = at + word.length;
              }
              return true;
            },
            parts,
            { timeout: 30_000 },
          );
          const text = (await announcer.textContent()) ?? '';
          // One announcement for the change: the announcer's, in the page's language.
          const after = await liveRegions(page);
          const changed = after.filter((value, i) => value !== before.get(name)?.[i]);
          expect([step.name, name, changed]).toEqual([step.name, name, [text]]);
          expect(await announcer.getAttribute('aria-live')).toBe('polite');
          const tree = await page.locator('body').ariaSnapshot();
          const statuses = tree.split('\n').filter((line) => line.trim().startsWith('- status:'));
          expect(statuses.filter((line) => line.includes(text))).toHaveLength(1);
          trees.set(name, [...(trees.get(name) ?? []), `# after: ${step.name}`, tree]);
        }
      }
      for (const [name, tree] of trees) {
        writeFileSync(path.join(TREES, `${name}-${language}.yml`), `${tree.join('\n')}\n`);
      }
    }, 240_000);
  }
});
