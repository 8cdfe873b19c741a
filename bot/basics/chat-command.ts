import { trimEndOf } from '../../core/text/chat-line';

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

/** The phrases of each command (English; the chat router lists them as the words). */
export const PHRASES: Array<[ChatCommand, string[]]> = [
  ['greeting', ['hi', 'hello', 'hey', 'start', 'good morning', 'good afternoon']],
  ['register', ['register', 'registration', 'sign up', 'signup', 'events']],
  ['myRegistration', ['my registration', 'my registrations', 'status', 'my status']],
  ['statement', ['statement', 'written input', 'input', 'submit statement', 'send statement']],
  ['registrations', ['registrations', 'list registrations', 'list', 'counts']],
  ['export', ['export', 'export csv', 'csv']],
  ['help', ['help', '?', 'commands', 'menu']],
];

/**
 * Reads a plain chat line (see `chatTextOf`) as a command, case and trailing punctuation
 * ignored. Anything else is `unknown`, answered with help.
 */
export function parseChatCommand(line: string): ChatCommand {
  const normalized = trimEndOf(line.toLowerCase(), '.!,;:').trimEnd();
  for (const [command, phrases] of PHRASES) {
    if (phrases.includes(normalized)) return command;
  }
  return 'unknown';
}
