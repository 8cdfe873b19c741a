import type { Activity, Attachment, Middleware, TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from './card-json';

/** The one channel that implements Universal Actions (`Action.Execute`, `refresh`). */
export const TEAMS_CHANNEL = 'msteams';

/** Where an `Action.Submit` converted from `Action.Execute` carries the verb, beside its data. */
export const SUBMIT_VERB = 'verb';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Whether cards sent to this channel may keep `Action.Execute` and `refresh`. */
export function hasUniversalActions(channelId: string | undefined): boolean {
  return channelId === TEAMS_CHANNEL;
}

/**
 * The card as a channel can act on it. Teams gets it unchanged. Every other channel (Web Chat
 * over Direct Line) renders `Action.Execute` but a click only logs an error there, so each one
 * becomes an `Action.Submit` with the same data and the verb beside it, and `refresh` (Teams
 * only) goes. The bot reads both (StakeholderBot: invokes, and messages with a `value`).
 */
export function cardForChannel(card: AdaptiveCardJson, channelId: string | undefined) {
  if (hasUniversalActions(channelId)) return card;
  const { refresh: _refresh, ...rest } = card;
  return toSubmit(rest) as AdaptiveCardJson;
}

function toSubmit(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toSubmit);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = toSubmit(value);
  if (copy.type !== 'Action.Execute') return copy;
  const { verb, data, ...action } = copy;
  const fields = typeof data === 'object' && data !== null ? data : {};
  return { ...action, type: 'Action.Submit', data: { ...fields, [SUBMIT_VERB]: verb } };
}

function attachmentForChannel(attachment: Attachment, channelId: string | undefined): Attachment {
  if (attachment.contentType !== ADAPTIVE_CARD || typeof attachment.content !== 'object')
    return attachment;
  return { ...attachment, content: cardForChannel(attachment.content, channelId) };
}

/**
 * Adapter middleware: the one place where cards meet the channel. Every activity sent in a
 * turn, proactive ones included, carries its cards as the turn's channel can act on them.
 */
export const channelCards: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const channelId = context.activity.channelId;
    if (!hasUniversalActions(channelId)) {
      context.onSendActivities(async (_context, activities, send) => {
        activities.forEach((activity) => adaptAttachments(activity, channelId));
        return send();
      });
    }
    await next();
  },
};

function adaptAttachments(activity: Partial<Activity>, channelId: string | undefined): void {
  if (activity.attachments)
    activity.attachments = activity.attachments.map((a) => attachmentForChannel(a, channelId));
}

/** A card button's verb and data, when a message carries an `Action.Submit` value. */
export function submittedAction(
  activity: Partial<Activity>,
): { verb: string; data: Record<string, unknown> } | undefined {
  if (activity.type !== 'message') return undefined;
  const value: unknown = activity.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { [SUBMIT_VERB]: verb, ...data } = value as Record<string, unknown>;
  if (typeof verb !== 'string' || verb.length === 0 || verb.length > 100) return undefined;
  return { verb, data };
}
