import { randomUUID } from 'node:crypto';

/** A Teams user as activities carry them. */
export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
  timeZone?: string;
  locale?: string;
}

export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT_ID = '28:bot-stakeholder';

/** Makes a user with a personal chat; ids look like Teams' (29:... and Entra GUIDs). */
export function teamsUser(name: string, overrides: Partial<TeamsUser> = {}): TeamsUser {
  return {
    id: `29:${randomUUID()}`,
    aadObjectId: randomUUID(),
    name,
    timeZone: 'Europe/Zurich',
    locale: 'en-US',
    ...overrides,
  };
}

/**
 * Builds activities shaped as Teams sends them in a personal chat: msteams channel,
 * tenant in both `conversation.tenantId` and `channelData.tenant`, `localTimezone` set.
 */
export function personalChat(user: TeamsUser, serviceUrl: string) {
  const conversationId = `a:personal-${user.aadObjectId}`;
  const base = (type: string): Record<string, unknown> => ({
    type,
    id: `${Date.now()}${Math.floor(Math.random() * 1000)}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: BOT_ID, name: 'Stakeholder Bot' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    locale: user.locale,
    ...(user.timeZone ? { localTimezone: user.timeZone } : {}),
  });
  return {
    conversationId,
    message: (text: string) => ({ ...base('message'), text, textFormat: 'plain' }),
    invoke: (verb: string, data: Record<string, unknown>) => ({
      ...base('invoke'),
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    }),
    install: () => ({ ...base('conversationUpdate'), membersAdded: [{ id: BOT_ID }] }),
    file: (name: string, downloadUrl: string, fileType = name.split('.').pop() ?? '') => ({
      ...base('message'),
      text: '',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.file.download.info',
          contentUrl: downloadUrl.replace(/\/download.*/, '/view'),
          name,
          content: { downloadUrl, uniqueId: randomUUID(), fileType },
        },
      ],
    }),
  };
}
