import type { Page } from 'playwright-core';
import type { BotHarness } from '../../support/bot-harness';
import { ROUNDTABLE_ID } from './roundtable-scene';
import { EVENT_ID, openTab, tabUrl, type TabView } from './tab-session';

/** One surface of the tab as one person sees it, and the test id that says it is ready. */
export interface Surface {
  name: string;
  view: TabView;
  devUser: string;
  ready: string;
  theme?: string;
  width?: number;
  /** Another event than the seed dialogue (the roundtable's pages). */
  eventId?: string;
  /** The organizer desk's section the URL opens (its hash). */
  section?: string;
}

/** Every surface of the tab, as a participant and as the chair, in the Teams themes. */
export const SURFACES: Surface[] = [
  { name: 'panel-participant', view: 'panel', devUser: 'delegate-a', ready: 'my-turn' },
  { name: 'panel-chair', view: 'panel', devUser: 'chair', ready: 'chair-controls' },
  { name: 'stage', view: 'stage', devUser: 'delegate-b', ready: 'stage-view', width: 1280 },
  {
    name: 'organizer',
    view: 'organizer',
    devUser: 'chair',
    ready: 'chair-controls',
    width: 1280,
    section: 'speakers',
  },
  {
    name: 'organizer-registrations',
    view: 'organizer',
    devUser: 'chair',
    ready: 'registration-summary',
    width: 1280,
    section: 'registrations',
  },
  {
    name: 'organizer-delivery',
    view: 'organizer',
    devUser: 'chair',
    ready: 'delivery-sent',
    width: 1280,
    section: 'delivery',
  },
  {
    name: 'organizer-summary',
    view: 'organizer',
    devUser: 'chair',
    ready: 'summary-totals',
    section: 'summary',
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
    section: 'breakouts',
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

/** One of each surface in the Teams default theme (the themes are scanned in English). */
export const LIGHT_SURFACES = SURFACES.filter((s) => !s.theme && s.name !== 'organizer');

/**
 * Opens a surface (in `lang` when given) and waits until it shows live data; on the
 * configuration page, the seed dialogue is picked so the page shows what it would save.
 */
export async function openSurface(
  page: Page,
  bot: BotHarness,
  surface: Omit<Surface, 'name'>,
  lang?: string,
): Promise<void> {
  const { view, devUser, ready, theme, eventId, section } = surface;
  const extra = {
    ...(theme ? { theme } : {}),
    ...(eventId ? { eventId } : {}),
    ...(lang ? { lang } : {}),
  };
  const hash = section ? `#${section}` : '';
  await openTab(page, `${tabUrl(bot, view, devUser, extra)}${hash}`, ready);
  if (view === 'config') {
    await page.getByTestId('event-picker').selectOption(EVENT_ID);
    await page.getByTestId('config-url').waitFor();
  }
}
