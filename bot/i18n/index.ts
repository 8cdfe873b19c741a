/** The language feature: `language fr` in chat and the language choice card. */
import type { BotServices } from '../bot-services';
import { commandWord } from '../../core/i18n/chat-words';
import { chatCommand, type Feature } from '../platform/feature';
import { LanguageActions } from './language-actions';
import { parseLanguageCommand } from './language-command';

export function languageFeature(services: Pick<BotServices, 'languages'>): Feature {
  const language = new LanguageActions(services);
  return {
    name: 'language',
    chat: [
      chatCommand({
        name: 'language',
        words: [commandWord('chatWords.language')],
        chairOnly: false,
        parse: parseLanguageCommand,
        handle: (context, person, command) => language.command(context, person, command.code),
      }),
    ],
    cards: [
      {
        verb: 'language.set',
        chairOnly: false,
        handle: (context, person, data) => language.card(context, person, data),
      },
    ],
  };
}

// What other features use of this one.
export * from './language-service';
