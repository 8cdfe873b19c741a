import type { Page } from 'playwright-core';
import { DEV_TENANT_ID, devPrincipalOf } from '../../../bot/platform/auth/dev-users';
import type { BotHarness } from '../../support/bot-harness';
import { aPerson } from '../../store/store-fixtures';
import { MEETING_ID, meetingChat } from '../../support/meeting-activities';

export const EVENT_ID = 'oewg-informal-dialogue-2024-02-28';
/** Nine minutes into the seed dialogue (09:00 in New York). */
export const DURING_MEETING = '2024-02-28T14:09:00Z';

export type TabView = 'panel' | 'stage' | 'organizer' | 'config' | 'notice' | 'programme';

/** The tab URL of a surface, signed in as a development test user. */
export function tabUrl(
  bot: BotHarness,
  view: TabView,
  devUser: string,
  extra: Record<string, string> = {},
): string {
  const url = new URL('/tab/index.html', bot.baseUrl);
  url.searchParams.set('view', view);
  if (view !== 'config') url.searchParams.set('eventId', EVENT_ID);
  url.searchParams.set('devUser', devUser);
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  return url.toString();
}

/** Opens a surface and waits until it shows live data. */
export async function openTab(page: Page, url: string, ready: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId(ready).waitFor();
}

/** Registers the development user `delegate-a` for the seed dialogue, as Amina Diallo. */
export async function registerDelegateA(bot: BotHarness): Promise<void> {
  const principal = devPrincipalOf('delegate-a');
  if (!principal) throw new Error('the dev user delegate-a must exist');
  const registration = aPerson(EVENT_ID, {
    tenantId: DEV_TENANT_ID,
    aadObjectId: principal.oid,
    givenName: 'Amina',
    familyName: 'Diallo',
    organization: 'Digital Rights Coalition',
    status: 'confirmed',
    // The coalition the browser journeys ask the floor for: only a registered group may be named.
    group: {
      name: 'Cyber Peace Coalition',
      members: ['Digital Rights Coalition', 'Open Net Africa'],
    },
  });
  await bot.store.registrations.create(registration);
}

/** Lets the harness clock run in real time from its current instant (timers then move). */
export function runClock(bot: BotHarness): { jump(ms: number): void } {
  const start = bot.clock.now().getTime();
  const startedAt = Date.now();
  let jumped = 0;
  bot.clock.now = () => new Date(start + jumped + (Date.now() - startedAt));
  return {
    jump(ms) {
      jumped += ms;
    },
  };
}

/**
 * Links the seed dialogue to the stand-in Teams meeting and posts, as Teams would, that
 * `delegate-a` joined or left it at `at`: the chair's screens then mark them.
 */
export async function delegateAInMeeting(
  bot: BotHarness,
  change: 'join' | 'leave',
  at: Date,
): Promise<void> {
  const principal = devPrincipalOf('delegate-a');
  if (!principal) throw new Error('the dev user delegate-a must exist');
  await bot.store.meetings.link({
    eventId: EVENT_ID,
    meetingId: MEETING_ID,
    linkedBy: 'chair',
    linkedAt: bot.clock.now(),
  });
  const chat = meetingChat(bot.connector.serviceUrl, { tenantId: principal.tid });
  const person = { id: '29:delegate-a', aadObjectId: principal.oid, name: principal.name };
  await bot.post(chat[change]([person], at.toISOString()));
}
