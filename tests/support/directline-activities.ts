import { randomBytes } from 'node:crypto';

/** The bot's id as Direct Line names it in activities (the bot's handle). */
export const DIRECT_LINE_BOT = { id: 'stakeholder-bot', name: 'Stakeholder Bot' };

/** A Direct Line user id as the token route makes them: `dl_` and random hex. */
export function webUserId(): string {
  return `dl_${randomBytes(12).toString('hex')}`;
}

/**
 * Activities shaped as Direct Line delivers them to the bot from Web Chat: channel
 * `directline`, the user id of the token, no tenant, no Entra id, Web Chat's locale and zone.
 */
export function webChat(
  serviceUrl: string,
  options: { userId?: string; locale?: string; timeZone?: string } = {},
) {
  const userId = options.userId ?? webUserId();
  const conversationId = `dl-conv-${randomBytes(6).toString('hex')}`;
  const base = (type: string): Record<string, unknown> => ({
    type,
    id: `${conversationId}|${Date.now()}${Math.floor(Math.random() * 1000)}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'directline',
    from: { id: userId, name: '' },
    recipient: DIRECT_LINE_BOT,
    conversation: { id: conversationId },
    locale: options.locale ?? 'en-US',
    localTimezone: options.timeZone ?? 'Africa/Dakar',
  });
  return {
    userId,
    conversationId,
    message: (text: string) => ({ ...base('message'), text, textFormat: 'plain' }),
    /** What Web Chat sends for an `Action.Submit`: a message whose value is data and inputs. */
    submit: (value: Record<string, unknown>) => ({ ...base('message'), value }),
    start: () => ({
      ...base('conversationUpdate'),
      membersAdded: [DIRECT_LINE_BOT, { id: userId, name: '' }],
    }),
  };
}
