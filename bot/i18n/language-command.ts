import { commandWord } from '../../core/i18n/chat-words';

/** The English words for "language"; the chat router writes `langue`, `язык`... as `language`. */
const WORDS = commandWord('chatWords.language').en;

/**
 * Reads `language fr` (or `language` alone, to see the choices) from a plain chat line (see `chatTextOf`); the code is
 * returned as typed, for the service to check. Other lines are not language commands.
 */
export function parseLanguageCommand(line: string): { code: string } | undefined {
  const words = line.split(' ');
  if (words.length > 2 || !WORDS.includes((words[0] ?? '').toLowerCase())) return undefined;
  return { code: words[1] ?? '' };
}
