import { DEV_TENANT_ID, devPrincipalOf } from '../../bot/platform/auth/dev-users';
import { aRegistration } from '../../core/testing/registration-fixtures';
import type { BotHarness } from '../support/bot-harness';
import type { Participant } from '../support/meeting-activities';
import { personalChat } from '../support/teams-activities';

export const EVENT = 'oewg-informal-dialogue-2024-02-28';

/** The tab API as a development user (`X-Dev-User`), as the queue tests call it. */
export function tabApi(bot: () => BotHarness) {
  const call = async (method: string, path: string, user: string, body?: unknown) => {
    const response = await fetch(`${bot().baseUrl}${path}`, {
      method,
      headers: { 'X-Dev-User': user, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  return {
    queue: (user = 'chair') => call('GET', `/api/events/${EVENT}/queue`, user),
    command: async (user: string, command: Record<string, unknown>) => {
      const { body } = await call('GET', `/api/events/${EVENT}/queue`, 'chair');
      const baseVersion = body.queue.version as number;
      return call('POST', `/api/events/${EVENT}/queue/commands`, user, { baseVersion, ...command });
    },
    link: (meetingId: unknown, user = 'chair', eventId = EVENT) =>
      call('POST', `/api/events/${eventId}/meeting`, user, { meetingId }),
  };
}

/**
 * A development user as a Teams participant, registered for the event; with `chat`, they
 * have also written to the bot in their personal chat, so it knows their Teams id.
 */
export async function aDelegate(
  bot: BotHarness,
  key: 'delegate-a' | 'delegate-b' | 'presenter',
  givenName: string,
  options: { chat: boolean } = { chat: true },
): Promise<Participant & { registrationId: string }> {
  const principal = devPrincipalOf(key)!;
  const registrationId = principal.oid.replace(/^0{8}/, '5d7c3f1e');
  const person = {
    id: `29:1${key}-teams-id`,
    aadObjectId: principal.oid,
    name: principal.name,
    locale: 'en-US',
  };
  await bot.store.registrations.create(
    aRegistration({
      id: registrationId,
      eventId: EVENT,
      tenantId: DEV_TENANT_ID,
      aadObjectId: principal.oid,
      referenceCode: `REG-${key === 'delegate-a' ? 'AAAA' : key === 'delegate-b' ? 'BBBB' : 'PPPP'}-0000`,
      givenName,
      familyName: 'Delegate',
    }),
  );
  if (options.chat) {
    const message: Record<string, unknown> = personalChat(person, bot.connector.serviceUrl).message(
      'help',
    );
    const reply = await bot.post({
      ...message,
      conversation: { ...(message.conversation as object), tenantId: DEV_TENANT_ID },
      channelData: { tenant: { id: DEV_TENANT_ID } },
    });
    if (reply.status !== 200) throw new Error(`personal chat failed with ${reply.status}`);
  }
  return { ...person, registrationId };
}

/** Waits until `condition` holds (the bot notifies after answering the command). */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}
