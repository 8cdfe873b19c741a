import type { Activity, Middleware, TurnContext } from 'botbuilder';

/**
 * Teams renders a message's text as markdown (and some HTML) unless told otherwise, so a
 * registrant's organization or file name quoted in a reply could become a link or a tracking
 * image in a message the chair trusts. This adapter middleware marks every outgoing text
 * message of every turn, proactive ones included, as plain text; a sender whose text is the
 * catalog's alone (the help) may ask for markdown by setting `textFormat` itself.
 */
export const plainTextReplies: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (_context, activities, send) => {
      activities.forEach(markPlain);
      return send();
    });
    await next();
  },
};

function markPlain(activity: Partial<Activity>): void {
  if (activity.type === 'message' && activity.text !== undefined && !activity.textFormat)
    activity.textFormat = 'plain';
}

/** A catalog-only text that may use markdown (lists, bold); never pass user text here. */
export function markdownText(text: string): Partial<Activity> {
  return { type: 'message', text, textFormat: 'markdown' };
}
