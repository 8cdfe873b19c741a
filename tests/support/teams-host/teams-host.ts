import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { version as SDK_VERSION } from '@microsoft/teams-js/package.json';

/** Teams' frame contexts a tab sees (teams-js `FrameContexts`). */
export type FrameContext =
  'settings' | 'content' | 'sidePanel' | 'meetingStage' | 'authentication' | 'remove' | 'task';

/** What the host answers `authentication.getAuthToken` with: a token, or Teams' refusal. */
export type TokenAnswer = { ok: true; token: string } | { ok: false; error: string };

/** The flat context Teams answers `getContext` with (teams-js turns it into `app.Context`). */
export interface FlatContext {
  entityId?: string;
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  userObjectId: string;
  userPrincipalName?: string;
  tid: string;
  meetingId?: string;
  chatId?: string;
  hostClientType?: string;
  appSessionId?: string;
  [key: string]: unknown;
}

export interface TeamsHostOptions {
  /** The service's origin: the host page is served from it, as teams-js then trusts its messages. */
  origin: string;
  /**
   * The service's public https origin (its PUBLIC_URL), when the tab must run there as in Teams:
   * `authentication.authenticate` refuses any URL that is not https (teams-js `validateUrl`).
   * Requests to it are answered by the service at `origin` (whole responses: no live streams).
   */
  publicOrigin?: string;
  /** The tab's page, by its own URL (path and query), e.g. `/tab/index.html?view=panel&eventId=...`. */
  tabPath: string;
  frameContext: FrameContext;
  context: FlatContext;
  /** Called for every getAuthToken; signs with the loopback Entra stand-in or refuses. */
  token: (request: { resources?: string[]; silent?: boolean }) => TokenAnswer;
  /** Called for authentication.authenticate (the consent pop-up); default: the person consents. */
  authenticate?: (url: string) => { ok: true; result: string } | { ok: false; error: string };
  /** false: a host that never answers `initialize`. */
  answerInitialize?: boolean;
  hostClientType?: 'web' | 'desktop';
}

/** Capabilities Teams reports to a tab in a meeting (teams-js `runtime.supports`, apiVersion 4). */
export const MEETING_SUPPORTS = {
  app: {},
  appEntity: {},
  appInstallDialog: {},
  authentication: {},
  call: {},
  chat: {},
  conversations: {},
  dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
  interactive: {},
  location: {},
  logs: {},
  meeting: {},
  menus: {},
  monetization: {},
  pages: { appButton: {}, backStack: {}, config: {}, fullTrust: {}, tabs: {} },
  people: {},
  profile: {},
  remoteCamera: {},
  sharing: {},
  stageView: {},
  teams: { fullTrust: { joinedTeams: {} } },
  teamsCore: {},
  video: { sharedFrame: {} },
  webStorage: {},
};

/** Where the host page is served, on the tab's own origin. */
export const HOST_PATH = '/__teams-host__/host.html';
const HOST_DIR = __dirname;

/** The page that frames the tab, and what it recorded. */
export interface TeamsHost {
  page: Page;
  /** The tab, inside the host's iframe. */
  tab(): Frame;
  /** Requests the tab sent, in order. */
  calls(): Promise<Array<{ func: string; args: unknown[] }>>;
  /** What the tab asked Teams to keep: validity, saved settings, handlers, stage sharing. */
  state(): Promise<{
    valid?: boolean;
    settings?: Record<string, string>;
    handlers: string[];
    sharedToStage?: string;
    authenticateUrls: string[];
  }>;
  setTheme(theme: FlatContext['theme']): Promise<void>;
  /** Presses Save in Teams' configuration dialog; resolves with the tab's answer. */
  save(): Promise<{ ok: boolean; reason?: string }>;
}

/** Opens the tab inside the Teams host on `page`. */
export async function openInTeamsHost(page: Page, options: TeamsHostOptions): Promise<TeamsHost> {
  // teams-js fetches its list of valid origins from a CDN at load; offline it uses its own copy.
  await page.route('https://res.cdn.office.net/teams-js/**', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  const served = options.publicOrigin ?? options.origin;
  if (options.publicOrigin) {
    await page.route(`${options.publicOrigin}/**`, async (route) => {
      const url = new URL(route.request().url());
      // A live stream never ends, so it cannot be relayed whole; the tab then loads by polling.
      if (route.request().headers().accept === 'text/event-stream') {
        return route.fulfill({ status: 503, body: '' });
      }
      const response = await route.fetch({
        url: new URL(`${url.pathname}${url.search}`, options.origin).toString(),
        maxRedirects: 0,
      });
      await route.fulfill({ response });
    });
  }
  const hostUrl = new URL(HOST_PATH, served).toString();
  for (const file of ['host.html', 'host.js']) {
    const body = readFileSync(path.join(HOST_DIR, file));
    const type = file.endsWith('.js') ? 'text/javascript' : 'text/html';
    await page.route(new URL(file, hostUrl).toString(), (route) =>
      route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body }),
    );
  }
  await page.exposeFunction('teamsHostIssueToken', options.token);
  await page.exposeFunction(
    'teamsHostAuthenticate',
    options.authenticate ?? (() => ({ ok: true, result: 'consented' })),
  );
  const config = {
    tabUrl: new URL(withPlaceholders(options.tabPath, options.context), served).toString(),
    frameContext: options.frameContext,
    hostClientType: options.hostClientType ?? 'web',
    clientSupportedSDKVersion: SDK_VERSION,
    answerInitialize: options.answerInitialize ?? true,
    supports: MEETING_SUPPORTS,
    context: {
      hostClientType: options.hostClientType ?? 'web',
      appSessionId: '3c8e2f5a-0d6b-4f1c-9a7e-5b4d3c2a1f00',
      ...options.context,
      frameContext: options.frameContext,
    },
  };
  // Only the host page gets the configuration; the tab's own frame never sees it.
  await page.addInitScript((c) => {
    if (window.location.pathname === '/__teams-host__/host.html') {
      (window as unknown as { teamsHostConfig: unknown }).teamsHostConfig = c;
    }
  }, config);
  await page.goto(hostUrl);
  const tab = () => {
    const found = page.frames().find((f) => f !== page.mainFrame());
    if (!found) throw new Error('the host has no tab frame');
    return found;
  };
  const host = <R>(fn: string, arg?: unknown) =>
    page.evaluate(
      ([name, value]) => (window as any).teamsHost[name as string](value) as Promise<R>,
      [fn, arg] as const,
    );
  return {
    page,
    tab,
    calls: () => page.evaluate(() => (window as any).teamsHost.log),
    state: () => page.evaluate(() => (window as any).teamsHost.state),
    setTheme: (theme) => host<void>('setTheme', theme),
    save: () => host('save'),
  };
}

/**
 * Teams fills the placeholders of a tab's URL from the context before loading it ("Get context
 * for your tab": `{locale}` as `en-us`, `{theme}`, `{entityId}`, ...); others stay as written.
 */
export function withPlaceholders(tabPath: string, context: FlatContext): string {
  return tabPath.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = context[name];
    return typeof value === 'string' ? encodeURIComponent(value) : whole;
  });
}
