import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser of their own. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, headless run that reaches nothing but the service under test. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots and accessibility reports are kept (gitignored). */
export const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', 'test-artifacts', 'browser');

/** `describe` when Chromium is installed; otherwise skipped, saying how to install it. */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) return describe(name, body);
  console.warn(
    `Skipping browser tests "${name}": ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`,
  );
  describe.skip(name, body);
}

export interface Browser {
  /**
   * A page in a context of its own (its own storage, like another person's computer), whose
   * requests off the loopback interface are refused and recorded.
   */
  page(options?: {
    width?: number;
    height?: number;
    timezoneId?: string;
    /** Lets axe-core be injected into a page whose Content-Security-Policy forbids scripts. */
    bypassCSP?: boolean;
  }): Promise<Page>;
  /** Requests that tried to leave the machine; a test asserts this stays empty. */
  outside: string[];
  close(): Promise<void>;
}

/**
 * Starts Chromium. Playwright gives it a fresh temporary profile (`--user-data-dir`) and
 * removes it on close; separate contexts keep each page in the foreground, so clicks and
 * timers are never throttled as in a background tab.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const outside: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    outside,
    async page(options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 420, height: options.height ?? 900 },
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
        ...(options.bypassCSP ? { bypassCSP: true } : {}),
      });
      contexts.push(context);
      await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => {
        outside.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      return context.newPage();
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
    },
  };
}

/** Saves a full-page screenshot under test-artifacts/browser/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
