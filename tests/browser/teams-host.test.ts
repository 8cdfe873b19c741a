import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page, Request } from 'playwright-core';
import { axeScan, blocking, describeViolations } from './support/axe';
import { describeWithChromium, launchChromium, screenshot, type Browser } from './support/chromium';
import { DURING_MEETING, EVENT_ID } from './support/tab-session';
import {
  FOREIGN_CLAIMS,
  PEOPLE,
  openHosted,
  savedTabPath,
  startSsoScene,
  type SsoScene,
} from './support/teams-sso-scene';
import { runClock } from './support/tab-session';
import type { TeamsHost } from '../support/teams-host/teams-host';
import { MEETING_ID } from '../support/meeting-activities';
import { TENANT } from '../auth/token-fixtures';

/** A static tab's contentUrl in the manifest template, as a path on the service. */
function manifestContentPath(entityId: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(__dirname, '../../appPackage/manifest.template.json'), 'utf8'),
  ) as { staticTabs: Array<{ entityId: string; contentUrl?: string }> };
  const url = manifest.staticTabs.find((tab) => tab.entityId === entityId)?.contentUrl ?? '';
  return url.replace('${{PUBLIC_URL}}', '');
}

/** Every call the tab makes to the service, with how it signed in. */
function recordApiCalls(page: Page): Array<{ url: string; auth: string; dev: boolean }> {
  const calls: Array<{ url: string; auth: string; dev: boolean }> = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/') || url.pathname.startsWith('/api/i18n/')) return;
    const headers = request.headers();
    calls.push({
      url: url.pathname,
      auth: headers.authorization?.split(' ')[0] ?? '',
      dev: 'x-dev-user' in headers || url.searchParams.has('devUser'),
    });
  });
  return calls;
}

async function expectNoBlockingAxe(tab: Frame, name: string): Promise<void> {
  const violations = await axeScan(tab, name);
  if (violations.length > 0) console.log(`axe on ${name}:\n${describeViolations(violations)}`);
  expect(describeViolations(blocking(violations))).toBe('');
}

/** Reads `read()` until `ok` holds (the page updates on its own time); fails after 10 s. */
async function eventually<V>(read: () => Promise<V>, ok: (value: V) => boolean): Promise<V> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The computed background of the tab's root, to see a theme arrive. */
function rootBackground(tab: Frame): Promise<string> {
  return tab.locator('.app-root').evaluate((el) => getComputedStyle(el).backgroundColor);
}

/**
 * Waits for the theme's colour transitions to finish: the root changes first, and Fluent's
 * buttons fade to their new colours. axe read in between sees half-faded buttons (it once
 * failed the dark theme on colour contrast that way).
 */
async function themeSettled(tab: Frame): Promise<void> {
  await eventually(
    () =>
      tab.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length),
    (running) => running === 0,
  );
}

describeWithChromium('The tab inside a Teams host, signed in with SSO tokens only', () => {
  let scene: SsoScene;
  let browser: Browser;

  beforeAll(async () => {
    scene = await startSsoScene(DURING_MEETING);
    runClock(scene.bot);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await scene?.close();
  });

  it('the service refuses the development sign-in (an Entra app is configured)', async () => {
    const response = await fetch(`${scene.bot.baseUrl}/api/me`, {
      headers: { 'X-Dev-User': 'chair' },
    });
    expect(response.status).toBe(401);
  });

  it('side panel as an attendee: teams-js shakes hands, signs in with SSO and asks for the floor', async () => {
    const page = await browser.page({ width: 420, height: 900 });
    const api = recordApiCalls(page);
    const host = await openHosted(page, scene, { person: 'attendee', frameContext: 'sidePanel' });
    const tab = host.tab();
    await tab.getByTestId('my-turn').waitFor();
    expect(await tab.getByTestId('panel-view').getAttribute('data-role')).toBe('attendee');
    await expect(tab.getByTestId('dev-sign-in').count()).resolves.toBe(0);

    await tab.getByLabel('Guiding question you will address').selectOption('q1');
    await tab.getByTestId('request-floor').click();
    await tab.getByTestId('queue-entry').filter({ hasText: 'Amina Diallo' }).waitFor();
    await tab.getByTestId('my-place').filter({ hasText: /\w/ }).waitFor();

    // The first data is asked for at boot, before React renders, and the views take those
    // answers: each first call once, signed in with the Teams token like every other.
    const queuePath = `/api/events/${EVENT_ID}/queue`;
    expect(api.filter((c) => c.url === `${queuePath}/sessions`)).toHaveLength(1);
    expect(api.filter((c) => c.url === queuePath)).toHaveLength(1);

    const funcs = (await host.calls()).map((c) => c.func);
    expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(funcs).toContain('authentication.getAuthToken');
    expect(api.length).toBeGreaterThan(0);
    expect(api.filter((c) => c.auth !== 'Bearer' || c.dev)).toEqual([]);
    await screenshot(page, 'teams-host-panel-attendee');
    await expectNoBlockingAxe(tab, 'teams-host-panel-attendee');
    await page.close();
  });

  it('side panel as the chair: the role comes from the meeting (Teams reports the Organizer)', async () => {
    const page = await browser.page({ width: 480, height: 1000 });
    const host = await openHosted(page, scene, { person: 'chair', frameContext: 'sidePanel' });
    const tab = host.tab();
    await tab.getByTestId('chair-controls').waitFor();
    expect(scene.bot.connector.participantLookups).toContain(
      `${MEETING_ID}|${PEOPLE.chair.oid}|${TENANT}`,
    );
    await tab.getByTestId('add-name').fill('Kenji Sato');
    await tab.getByTestId('add-organization').fill('Open Standards Institute');
    await tab.getByTestId('add-speaker').click();
    await tab.getByTestId('queue-entry').filter({ hasText: 'Kenji Sato' }).waitFor();
    await page.close();
  });

  it('the meeting stage: Teams shows the saved side-panel URL with frame context meetingStage', async () => {
    const page = await browser.page({ width: 1280, height: 720 });
    const host = await openHosted(page, scene, {
      person: 'attendee',
      frameContext: 'meetingStage',
    });
    const tab = host.tab();
    await tab.getByTestId('stage-view').filter({ hasText: 'Kenji Sato' }).waitFor();
    await screenshot(page, 'teams-host-stage');
    await expectNoBlockingAxe(tab, 'teams-host-stage');
    await page.close();
  });

  it('the configuration page: picking the event enables Save, and Save links the meeting and saves the tab', async () => {
    const page = await browser.page({ width: 420, height: 700 });
    const links: number[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (
        request.method() === 'POST' &&
        request.url().endsWith(`/api/events/${EVENT_ID}/meeting`)
      ) {
        links.push(response.status());
      }
    });
    const host = await openHosted(page, scene, {
      person: 'secretariat',
      frameContext: 'settings',
      tabPath: '/tab/index.html?view=config',
    });
    const tab = host.tab();
    await tab.getByTestId('event-picker').waitFor();
    await expect(host.save()).resolves.toEqual({ ok: false, reason: 'Save is disabled' });
    await tab.getByTestId('event-picker').selectOption(EVENT_ID);
    await eventually(host.state, (state) => state.valid === true);
    await expectNoBlockingAxe(tab, 'teams-host-config');

    await expect(host.save()).resolves.toEqual({ ok: true });
    const { settings } = await host.state();
    const saved = new URL(settings?.contentUrl ?? '');
    expect(saved.origin).toBe(scene.bot.baseUrl);
    // Teams fills {locale} when it loads the tab; the browser's websiteUrl goes without it.
    expect(`${saved.pathname}${saved.search}`).toBe(`${savedTabPath()}&lang={locale}`);
    expect(settings).toMatchObject({
      websiteUrl: `${saved.origin}${savedTabPath()}`,
      entityId: `speaking-queue:${EVENT_ID}`,
      suggestedDisplayName: 'Speaking queue',
    });
    expect(links).toEqual([200]);
    expect((await scene.bot.store.meetings.linkOf(EVENT_ID))?.meetingId).toBe(MEETING_ID);
    await page.close();
  });

  it("the organizer page as a content tab, for the chair's team", async () => {
    const page = await browser.page({ width: 1280, height: 900 });
    const host = await openHosted(page, scene, {
      person: 'secretariat',
      frameContext: 'content',
      tabPath: savedTabPath('organizer'),
    });
    const tab = host.tab();
    await tab.getByTestId('organizer-view').waitFor();
    // The desk opens on its registrations; the list of speakers is one click away.
    await tab.getByTestId('desk-tab-speakers').click();
    await tab.getByTestId('chair-controls').waitFor();
    await screenshot(page, 'teams-host-organizer');
    await expectNoBlockingAxe(tab, 'teams-host-organizer');
    await page.close();
  });

  it('the theme follows Teams live: light, then dark, then high contrast, each without serious axe findings', async () => {
    const page = await browser.page({ width: 480, height: 1000 });
    const host: TeamsHost = await openHosted(page, scene, {
      person: 'chair',
      frameContext: 'sidePanel',
    });
    const tab = host.tab();
    await tab.getByTestId('chair-controls').waitFor();
    await eventually(host.state, (state) => state.handlers.includes('themeChange'));
    const light = await rootBackground(tab);
    await expectNoBlockingAxe(tab, 'teams-host-theme-light');

    await host.setTheme('dark');
    const dark = await eventually(
      () => rootBackground(tab),
      (now) => now !== light,
    );
    await themeSettled(tab);
    await expectNoBlockingAxe(tab, 'teams-host-theme-dark');

    await host.setTheme('contrast');
    await eventually(
      () => rootBackground(tab),
      (now) => now !== dark,
    );
    await themeSettled(tab);
    await screenshot(page, 'teams-host-theme-contrast');
    await expectNoBlockingAxe(tab, 'teams-host-theme-contrast');
    await page.close();
  });

  it.each(['programme', 'organizer'])(
    "when Teams opens the manifest's %s tab for an ar-SA reader, then the page's first bytes are Arabic, right to left",
    async (entityId) => {
      const tabPath = manifestContentPath(entityId);
      expect(tabPath).toContain('lang={locale}');
      const page = await browser.page({ width: 1280, height: 900 });
      const served = new Promise<string>((resolve) => {
        page.on('response', (response) => {
          if (new URL(response.url()).pathname === '/tab/index.html') {
            void response.text().then(resolve);
          }
        });
      });
      // Chromium asks in English (Accept-Language), as a Teams client set to English would.
      const host = await openHosted(page, scene, {
        person: 'secretariat',
        frameContext: 'content',
        context: { locale: 'ar-SA' },
        tabPath,
      });
      expect(await served).toContain('<html lang="ar" dir="rtl"');
      await host.tab().locator('#root').waitFor();
      await page.close();
    },
  );

  it('locale ar-SA from the Teams context gives Arabic, right to left', async () => {
    const page = await browser.page({ width: 420, height: 900 });
    const host = await openHosted(page, scene, {
      person: 'attendee',
      frameContext: 'sidePanel',
      context: { locale: 'ar-SA' },
    });
    const tab = host.tab();
    await tab.getByTestId('my-turn').waitFor();
    const root = await tab.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
    expect(root).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectNoBlockingAxe(tab, 'teams-host-panel-ar');
    await page.close();
  });

  it('when Teams needs consent, the tab says so and its button opens Teams sign-in; once consented it loads', async () => {
    let consented = false;
    const page = await browser.page({ width: 420, height: 900 });
    const host = await openHosted(page, scene, {
      person: 'attendee',
      frameContext: 'sidePanel',
      // teams-js opens only https sign-in pages, so this tab runs at the service's public URL.
      atPublicUrl: true,
      token: () =>
        consented
          ? { ok: true, token: scene.tokenFor('attendee') }
          : { ok: false, error: 'resourceRequiresConsent' },
    });
    const tab = host.tab();
    await tab.getByTestId('sign-in-needed').waitFor();
    await expect(tab.getByTestId('sign-in-needed').textContent()).resolves.toContain(
      'needs your permission to sign you in',
    );
    await expectNoBlockingAxe(tab, 'teams-host-consent');

    // The person consents in Teams' pop-up (the host answers as the pop-up would report).
    consented = true;
    await tab.getByTestId('consent-button').click();
    await tab.getByTestId('my-turn').waitFor();
    const { authenticateUrls } = await host.state();
    expect(authenticateUrls).toEqual(['https://meet.example.org/auth/consent']);
    await page.close();
  });

  it('the consent pop-up starts at Entra ID for the tab app, asking for access_as_user', async () => {
    const response = await fetch(`${scene.bot.baseUrl}/auth/consent`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe('https://login.microsoftonline.com');
    expect(location.pathname).toBe('/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/authorize');
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: '3f1b5c2a-7d4e-4f6a-8b9c-0d1e2f3a4b5c',
      prompt: 'consent',
      scope: 'openid api://meet.example.org/3f1b5c2a-7d4e-4f6a-8b9c-0d1e2f3a4b5c/access_as_user',
      redirect_uri: 'https://meet.example.org/auth/consent/done',
    });
    const back = await fetch(`${scene.bot.baseUrl}/auth/consent/done?error=access_denied`, {
      redirect: 'manual',
    });
    expect(back.headers.get('location')).toBe('/tab/index.html?view=auth-end&error=access_denied');
  });

  it('when the host never answers initialize, the tab says so after a timeout instead of staying blank', async () => {
    const page = await browser.page({ width: 420, height: 900 });
    const host = await openHosted(page, scene, {
      person: 'attendee',
      frameContext: 'sidePanel',
      answerInitialize: false,
    });
    const tab = host.tab();
    await tab.getByTestId('host-unanswered').waitFor({ timeout: 15_000 });
    await expect(tab.getByRole('alert').textContent()).resolves.toContain('Teams did not answer');
    await expectNoBlockingAxe(tab, 'teams-host-unanswered');
    await page.close();
  });

  it.each([
    ['another audience', FOREIGN_CLAIMS.audience],
    ['another tenant', FOREIGN_CLAIMS.tenant],
  ])(
    'when the token is for %s, the service refuses it and the tab shows the refusal',
    async (_, claims) => {
      const page = await browser.page({ width: 420, height: 900 });
      const statuses: number[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname.startsWith(`/api/events/${EVENT_ID}`)) {
          statuses.push(response.status());
        }
      });
      const host = await openHosted(page, scene, {
        person: 'attendee',
        frameContext: 'sidePanel',
        token: () => ({ ok: true, token: scene.tokenFor('attendee', claims) }),
      });
      const tab = host.tab();
      await tab.getByRole('alert').first().waitFor();
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set([401]));
      await expect(tab.getByTestId('my-turn').count()).resolves.toBe(0);
      await page.close();
    },
  );

  it('then the browser never reached past the loopback interface', () => {
    expect(browser.outside).toEqual([]);
  });
});
