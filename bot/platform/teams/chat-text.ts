import { TurnContext, type Activity, type Entity, type Mention } from 'botbuilder';
import { MAX_CHAT_TEXT_LENGTH, plainChatLine } from '../../../core/text/chat-line';

/** What a personal chat message says, read once for every parser. */
export type ChatText = { kind: 'line'; line: string } | { kind: 'tooLong' };

/** More mentions of the bot than Teams ever sends in one message; the rest stay as text. */
const MAX_BOT_MENTIONS = 8;

/**
 * The one way chat text is read (`maxLength` is there for the bench, which reads past it): a message longer than MAX_CHAT_TEXT_LENGTH is refused
 * before anything parses it; otherwise the bot's own @mentions are removed by botbuilder
 * (`TurnContext.removeRecipientMention`), then markup and spacing by `plainChatLine`.
 * Mentions of other people keep their name, as typed.
 *
 * botbuilder's removal is one `String.replace` with the mention's text as a plain string
 * (no regex), so it is linear; it does throw on a malformed entity and replaces "undefined"
 * for a mention without text, so it is given a copy holding only well-formed mentions of
 * the bot, and the activity itself is never changed.
 */
export function chatTextOf(
  activity: Partial<Activity>,
  maxLength = MAX_CHAT_TEXT_LENGTH,
): ChatText {
  const text = typeof activity.text === 'string' ? activity.text : '';
  if (text.length > maxLength) return { kind: 'tooLong' };
  const recipient = { id: activity.recipient?.id ?? '', name: '' };
  const entities = Array.isArray(activity.entities) ? activity.entities : [];
  const mentions = entities.filter((e) => isMentionOf(e, recipient.id));
  let withoutMentions = text;
  for (const mention of mentions.slice(0, MAX_BOT_MENTIONS)) {
    const copy = { text: withoutMentions, recipient, entities: [mention] };
    withoutMentions = TurnContext.removeRecipientMention(copy);
  }
  return { kind: 'line', line: plainChatLine(withoutMentions) };
}

function isMentionOf(entity: unknown, botId: string): entity is Mention & Entity {
  if (typeof entity !== 'object' || entity === null || botId === '') return false;
  const { type, text, mentioned } = entity as Record<string, unknown>;
  return (
    typeof type === 'string' &&
    type.toLowerCase() === 'mention' &&
    typeof text === 'string' &&
    text !== '' &&
    typeof mentioned === 'object' &&
    mentioned !== null &&
    (mentioned as { id?: unknown }).id === botId
  );
}
