import type { Registration } from '../../core/registration/registration';
import type { BotHarness } from '../support/bot-harness';
import {
  BOT_ID,
  TENANT_ID,
  personalChat,
  teamsUser,
  type TeamsUser,
} from '../support/teams-activities';
import { aPerson } from '../store/store-fixtures';
import { EVENT_ID } from '../conversation/journey-helpers';

export { EVENT_ID };

/** Worker timings for tests: quick polls, the real rate limits. */
export const TEST_OUTBOX = { pollMs: 50, leaseMs: 30_000 };

/** `n` pending registrants of the seed dialogue, stored directly, each with a personal chat. */
export async function seedRegistrants(
  bot: BotHarness,
  n: number,
  options: {
    withConversation?: boolean;
    /** Fields of person `i` other than the defaults (names, countries, coalitions...). */
    person?: (i: number) => Partial<Registration>;
  } = {},
): Promise<Array<{ user: TeamsUser; registration: Registration; conversationId: string }>> {
  const people = [];
  for (let i = 0; i < n; i++) {
    const user = teamsUser(`Person ${i}`);
    const registration = aPerson(EVENT_ID, {
      tenantId: TENANT_ID,
      aadObjectId: user.aadObjectId,
      email: `person${i}@example.org`,
      createdAt: new Date(Date.UTC(2024, 1, 20, 10, 0, i)),
      ...options.person?.(i),
    });
    await bot.store.registrations.create(registration);
    const conversationId = personalChat(user, bot.connector.serviceUrl).conversationId;
    if (options.withConversation !== false) {
      await bot.store.conversations.save({
        tenantId: TENANT_ID,
        aadObjectId: user.aadObjectId,
        conversationId,
        serviceUrl: bot.connector.serviceUrl,
        reference: {
          channelId: 'msteams',
          serviceUrl: bot.connector.serviceUrl,
          conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
          bot: { id: BOT_ID, name: 'Stakeholder Bot' },
          user: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
          locale: 'en-US',
        },
        localTimezone: 'Asia/Tokyo',
        updatedAt: new Date('2024-02-20T10:00:00Z'),
      });
    }
    people.push({ user, registration, conversationId });
  }
  return people;
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Activities the stand-in accepted for one conversation, in order. */
export function deliveredTo(bot: BotHarness, conversationId: string): Array<Record<string, any>> {
  return bot.connector.sent
    .filter((s) => s.conversationId === conversationId)
    .map((s) => s.activity);
}

/** The outbox ids of activities (those the worker sent). */
export function outboxIds(activities: Array<Record<string, any>>): string[] {
  return activities.map((a) => a.channelData?.outboxId).filter((id) => typeof id === 'string');
}

/** Activity ids accepted more than once. */
export function duplicates(bot: BotHarness): string[] {
  return [...bot.connector.perActivityId].filter(([, n]) => n > 1).map(([id]) => id);
}

/** What the chair reads back after typing `text` (the text of the bot's replies). */
export async function chairSays(bot: BotHarness, chair: TeamsUser, text: string): Promise<string> {
  const chat = personalChat(chair, bot.connector.serviceUrl);
  const before = bot.connector.sent.length;
  await bot.post(chat.message(text));
  return bot.connector.sent
    .slice(before)
    .filter((s) => s.conversationId === chat.conversationId)
    .map((s) => String(s.activity.text ?? ''))
    .join('\n');
}
