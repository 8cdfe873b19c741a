/**
 * The basic commands: greeting and help, registering and one's registrations, statements,
 * the chair's lists and exports in chat, files sent in chat, and the registration and
 * statement cards. Tried last in chat: any line no other feature reads gets help here.
 */
import type { BotServices } from '../bot-services';
import { chatCommand, type CardVerb, type Feature } from '../platform/feature';
import { CardActions } from './card-actions';
import { ChatActions } from './chat-actions';
import { parseChatCommand, WORDS, type ChatCommand } from './chat-command';

const CHAIR_COMMANDS: readonly ChatCommand[] = ['registrations', 'export'];

const CARD_VERBS = [
  'registration.open',
  'registration.submit',
  'registration.show',
  'registration.edit',
  'registration.withdraw',
  'registration.withdrawConfirm',
  'statement.submit',
  'statement.attachFile',
];

export function basicsFeature(services: BotServices): Feature {
  const chat = new ChatActions(services);
  const cards = new CardActions(services);
  const wordsOf = (chair: boolean) =>
    WORDS.filter(([command]) => CHAIR_COMMANDS.includes(command) === chair).map(([, word]) => word);
  return {
    name: 'basics',
    chat: [
      chatCommand({
        name: 'basics',
        words: wordsOf(false),
        chairOnly: false,
        parse: (text) => {
          const command = parseChatCommand(text);
          return CHAIR_COMMANDS.includes(command) ? undefined : command;
        },
        handle: (context, person, command) => chat.command(context, person, command),
      }),
      chatCommand({
        name: 'registrations and export',
        words: wordsOf(true),
        chairOnly: true,
        parse: (text) => {
          const command = parseChatCommand(text);
          return command === 'registrations' || command === 'export' ? command : undefined;
        },
        handle: (context, person, command) => chat.organizerCommand(context, person, command),
      }),
    ],
    cards: CARD_VERBS.map((verb): CardVerb => ({
      verb,
      chairOnly: false,
      handle: (context, person, data) => cards.handle(context, person, verb, data),
    })),
    files: (context, person, attachments) => chat.attachments(context, person, attachments),
    welcome: (context, person) => chat.welcome(context, person),
  };
}
