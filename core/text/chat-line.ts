import { withoutInvisible } from './visible-text';

/**
 * The longest chat message the bot reads, in UTF-16 units of the raw text (markup included).
 * Every command fits in a few hundred characters, a written-input reason in a few sentences;
 * Teams itself allows about 28 KB. A longer message is refused before any parsing, so no
 * parser ever sees more than this.
 */
export const MAX_CHAT_TEXT_LENGTH = 4000;

/**
 * A chat message as one plain line: markup tags and invisible characters removed, runs of
 * whitespace made one space, ends trimmed. Linear in the length of the text (no regex that
 * can backtrack: each `<` looks for its `>` at most once, and after the last `>` none does).
 */
export function plainChatLine(text: string): string {
  return withoutInvisible(withoutTags(text)).split(/\s+/).filter(Boolean).join(' ');
}

/** Drops characters of `chars` at the end of `line` (a loop: `/[.!]+$/` is quadratic). */
export function trimEndOf(line: string, chars: string): string {
  let end = line.length;
  while (end > 0 && chars.includes(line.charAt(end - 1))) end -= 1;
  return line.slice(0, end);
}

function withoutTags(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('<', from);
    const close = open < 0 ? -1 : text.indexOf('>', open + 1);
    if (close < 0) break;
    parts.push(text.slice(from, open), ' ');
    from = close + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
