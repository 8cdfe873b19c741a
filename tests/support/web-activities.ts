import { randomUUID } from 'node:crypto';
import { BOT_ID } from './teams-activities';

/**
 * Activities as Direct Line hands them to the bot from Web Chat: channel `directline`, a
 * `dl_` user id, no tenant and no Entra object id.
 */
export function webChat(serviceUrl: string, locale = 'en-US') {
  const userId = `dl_${randomUUID()}`;
  const conversationId = `${randomUUID().replace(/-/g, '')}-web`;
  const base = (type: string): Record<string, unknown> => ({
    type,
    id: `${Date.now()}${Math.floor(Math.random() * 1000)}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'directline',
    from: { id: userId, name: '', role: 'user' },
    recipient: { id: BOT_ID, name: 'Stakeholder Bot' },
    conversation: { id: conversationId },
    locale,
    localTimezone: 'Africa/Dakar',
  });
  return {
    conversationId,
    conversationKey: `directline:${conversationId}`,
    start: () => ({
      ...base('conversationUpdate'),
      membersAdded: [{ id: BOT_ID }, { id: userId }],
    }),
    message: (text: string) => ({ ...base('message'), text, textFormat: 'plain' }),
    /** Web Chat's postBack (the public page opening its event's form) or an Action.Submit. */
    postBack: (value: Record<string, unknown>) => ({ ...base('message'), value }),
    invoke: (verb: string, data: Record<string, unknown>) => ({
      ...base('invoke'),
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    }),
  };
}
