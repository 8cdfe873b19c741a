/**
 * `npm run bench:tab`: what a delegate waits for when opening the tab (issue 26). For each
 * surface it prints the compressed bytes the browser downloaded (scripts, style, page and the
 * API answers until the surface shows its data) and two times, each under Chromium's network
 * emulation (CDP `Network.emulateNetworkConditions`) beside the unthrottled figure:
 * - first paint: the page's first contentful paint (the skeleton, in the reader's language);
 * - data shown: the surface's ready marker (`data-testid`), i.e. live data on screen.
 * Profiles: slow 4G (400 kbit/s down, 400 ms round trip), 10 Mbit/s (40 ms), none. The cache is
 * off, as for a first visit. Prints only: no threshold (shared machine); the byte budget is
 * asserted by tests/ops/tab-delivery.test.ts, where bytes are deterministic.
 *
 * Environment: BENCH_TAB_RUNS (loads per cell, median shown, default 3), BENCH_TAB_PROFILES
 * (comma list of slow4g,10mbit,none), BENCH_TAB_SURFACES (comma list of panel,stage,organizer),
 * BENCH_TAB_LANG (default en), BENCH_TAB_TRACE=1 (each load's requests as a waterfall).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { startBot, type BotHarness } from '../../tests/support/bot-harness';
import { registerDelegateA, tabUrl, DURING_MEETING } from '../../tests/browser/support/tab-session';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'tab', 'dist');
const RUNS = Number(process.env.BENCH_TAB_RUNS ?? 3);
const LANG = process.env.BENCH_TAB_LANG ?? 'en';
/** BENCH_TAB_TRACE=1: print each load's requests, to see what the critical path waits for. */
const TRACE = process.env.BENCH_TAB_TRACE === '1';

/** A network profile: bytes per second down and up, and the round-trip latency. */
interface Profile {
  name: string;
  latency: number;
  down: number;
  up: number;
}
const KBIT = 1000 / 8;
const PROFILES: Profile[] = [
  { name: 'none', latency: 0, down: -1, up: -1 },
  { name: '10mbit', latency: 40, down: 10_000 * KBIT, up: 10_000 * KBIT },
  { name: 'slow4g', latency: 400, down: 400 * KBIT, up: 400 * KBIT },
];

interface Surface {
  view: 'panel' | 'stage' | 'organizer';
  devUser: string;
  ready: string;
  width: number;
}
const SURFACES: Surface[] = [
  { view: 'panel', devUser: 'delegate-a', ready: 'my-turn', width: 320 },
  { view: 'stage', devUser: 'delegate-b', ready: 'stage-view', width: 1920 },
  // The desk opens at its first section, the registrations, whose counts mark the data shown.
  { view: 'organizer', devUser: 'chair', ready: 'registration-summary', width: 1280 },
];

interface Load {
  firstPaintMs: number;
  dataShownMs: number;
  bytes: number;
}

/** Records, in the page, when the ready marker first appears (no polling from outside). */
const MARKER_SCRIPT = (testId: string) => `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="${testId}"]')) {
      window.__dataShownMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function load(
  browser: Browser,
  bot: BotHarness,
  surface: Surface,
  profile: Profile,
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: surface.width, height: 900 } });
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: profile.down,
    uploadThroughput: profile.up,
  });
  let bytes = 0;
  const waterfall = new Map<string, { url: string; start: number; end?: number; kb?: number }>();
  cdp.on(
    'Network.requestWillBeSent',
    (e: { requestId: string; timestamp: number; request: { url: string } }) => {
      waterfall.set(e.requestId, { url: e.request.url, start: e.timestamp });
    },
  );
  cdp.on(
    'Network.loadingFinished',
    (event: { requestId: string; timestamp: number; encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      const row = waterfall.get(event.requestId);
      if (row) Object.assign(row, { end: event.timestamp, kb: event.encodedDataLength / 1024 });
    },
  );
  await page.addInitScript(MARKER_SCRIPT(surface.ready));
  await page.goto(tabUrl(bot, surface.view, surface.devUser, { lang: LANG }));
  await page.getByTestId(surface.ready).waitFor({ timeout: 120_000 });
  const timings = await page.evaluate(() => ({
    paint:
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ??
      Number.POSITIVE_INFINITY,
    shown: (window as unknown as { __dataShownMs: number }).__dataShownMs,
  }));
  await context.close();
  if (TRACE) printWaterfall(`${surface.view} ${profile.name}`, [...waterfall.values()], timings);
  return { firstPaintMs: timings.paint, dataShownMs: timings.shown, bytes };
}

/**
 * The critical path of one load (BENCH_TAB_TRACE=1): each request's start and end in seconds
 * from the page's request, its bytes, then when the skeleton painted and the data showed.
 */
function printWaterfall(
  title: string,
  rows: Array<{ url: string; start: number; end?: number; kb?: number }>,
  timings: { paint: number; shown: number },
): void {
  const zero = Math.min(...rows.map((r) => r.start));
  console.log(`  ${title}: request, start s, end s, KB`);
  for (const row of rows.sort((a, b) => a.start - b.start)) {
    const url = new URL(row.url);
    const name = `${url.pathname.replace(/^\/tab\//, '')}${url.pathname.startsWith('/api') ? url.search : ''}`;
    const end = row.end === undefined ? '-' : (row.end - zero).toFixed(2);
    console.log(
      `    ${name.slice(0, 58).padEnd(58)}${(row.start - zero).toFixed(2).padStart(7)}${end.padStart(7)}${(row.kb ?? 0).toFixed(1).padStart(7)}`,
    );
  }
  console.log(`    first paint ${sec(timings.paint)} s · data shown ${sec(timings.shown)} s`);
}

/** The surface's static files as built (brotli): page, style, entry and its own chunks. */
function staticBytes(view: string): number {
  const built = JSON.parse(readFileSync(path.join(DIST, 'surfaces.json'), 'utf8')) as {
    css: string;
    main: string[];
    surfaces: Record<string, string[]>;
  };
  const files = ['index.html', built.css, ...built.main, ...(built.surfaces[view] ?? [])];
  return files.reduce((sum, file) => sum + statSync(path.join(DIST, `${file}.br`)).size, 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sec = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  const built = spawnSync(process.execPath, ['scripts/build-tab.mjs', '--if-stale'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('Could not build the tab.');
  const chosenProfiles = (process.env.BENCH_TAB_PROFILES ?? 'slow4g,10mbit,none').split(',');
  const profiles = PROFILES.filter((p) => chosenProfiles.includes(p.name));
  const chosenSurfaces = (process.env.BENCH_TAB_SURFACES ?? 'panel,stage,organizer').split(',');
  const surfaces = SURFACES.filter((s) => chosenSurfaces.includes(s.view));
  const bot = await startBot({ now: DURING_MEETING });
  await registerDelegateA(bot);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    console.log(
      `bench:tab · lang ${LANG} · median of ${RUNS} cold loads · bytes as transferred (brotli)`,
    );
    console.log(
      `${'surface'.padEnd(10)}${'profile'.padEnd(9)}${'static KB'.padStart(10)}${'loaded KB'.padStart(10)}${'paint s'.padStart(9)}${'data s'.padStart(8)}${'paint x'.padStart(9)}${'data x'.padStart(8)}`,
    );
    for (const surface of surfaces) {
      const results: Record<string, Load> = {};
      // Unthrottled first, so each throttled row can show its ratio to it.
      for (const profile of [...profiles].sort((a) => (a.name === 'none' ? -1 : 1))) {
        const loads: Load[] = [];
        for (let run = 0; run < RUNS; run += 1)
          loads.push(await load(browser, bot, surface, profile));
        const result = {
          firstPaintMs: median(loads.map((l) => l.firstPaintMs)),
          dataShownMs: median(loads.map((l) => l.dataShownMs)),
          bytes: median(loads.map((l) => l.bytes)),
        };
        results[profile.name] = result;
        const base = results.none;
        const ratio = (value: number, of: number | undefined) =>
          of ? (value / of).toFixed(1) : '-';
        console.log(
          `${surface.view.padEnd(10)}${profile.name.padEnd(9)}${kb(staticBytes(surface.view)).padStart(10)}${kb(result.bytes).padStart(10)}${sec(result.firstPaintMs).padStart(9)}${sec(result.dataShownMs).padStart(8)}${ratio(result.firstPaintMs, base?.firstPaintMs).padStart(9)}${ratio(result.dataShownMs, base?.dataShownMs).padStart(8)}`,
        );
      }
    }
  } finally {
    await browser.close();
    await bot.close();
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
