import { trimEndOf } from '../../core/text/chat-line';
import { commandWord, type ChatWordKey, type CommandWord } from '../../core/i18n/chat-words';

/** What a line typed in personal chat asks for. */
export type ChatCommand =
  | 'greeting'
  | 'register'
  | 'myRegistration'
  | 'statement'
  | 'registrations'
  | 'export'
  | 'help'
  | 'unknown';

/** The catalog word of each command (core/i18n/messages/<lang>/chat-words.json). */
export const COMMAND_WORDS: ReadonlyArray<[Exclude<ChatCommand, 'unknown'>, ChatWordKey]> = [
  ['greeting', 'chatWords.greeting'],
  ['register', 'chatWords.register'],
  ['myRegistration', 'chatWords.myRegistration'],
  ['statement', 'chatWords.statement'],
  ['registrations', 'chatWords.registrations'],
  ['export', 'chatWords.export'],
  ['help', 'chatWords.help'],
];

/** The words of each command in the six languages, from the catalogs. */
export const WORDS: ReadonlyArray<[ChatCommand, CommandWord]> = COMMAND_WORDS.map(
  ([command, key]) => [command, commandWord(key)],
);

/**
 * Reads a plain chat line (see `chatTextOf`) as a command, case and trailing punctuation
 * ignored. The chat router has already written another language's word as the English one;
 * every English alternative reads too. Anything else is `unknown`, answered with help.
 */
export function parseChatCommand(line: string): ChatCommand {
  const normalized = trimEndOf(line.toLowerCase(), '.!,;:').trimEnd();
  for (const [command, word] of WORDS) {
    if (word.en.includes(normalized)) return command;
  }
  return 'unknown';
}
