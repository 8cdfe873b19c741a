/** The roundtable feature: its chat commands (the person's and the chair's) and match answers. */
import type { BotServices } from '../bot-services';
import { chatCommand, type CardVerb, type Feature } from '../platform/feature';
import { noticeCardResponse } from '../platform/teams/respond';
import { RoundtableCardActions } from './roundtable-card-actions';
import { isPersonCommand, RoundtableChat } from './roundtable-chat';
import { parseRoundtableCommand } from './roundtable-command';
import { roundtableRoutes, type RoundtableRouteDeps } from './roundtable-routes';
import { reply } from './reply';
import { turnView } from '../platform/teams/turn-view';

export function roundtableFeature(services: BotServices, web: RoundtableRouteDeps): Feature {
  const chat = new RoundtableChat(services);
  const cards = new RoundtableCardActions(services);
  const answer = (verb: string): CardVerb => ({
    verb,
    chairOnly: false,
    handle: async (context, person, data) =>
      (await cards.handle(context, person, verb, data)) ??
      noticeCardResponse(turnView(context), 'bot.unknownAction'),
  });
  return {
    name: 'roundtable',
    chat: [
      chatCommand({
        name: 'roundtable',
        words: {
          en: [
            'programme',
            'agenda',
            "what's next",
            'roundtable help',
            'my matches',
            'my schedule',
            'my breakout',
            'accept',
            'decline',
            'breakout',
          ],
        },
        chairOnly: false,
        parse: (text) => {
          const command = parseRoundtableCommand(text);
          return command && isPersonCommand(command) ? command : undefined;
        },
        handle: (context, person, command) => chat.handle(context, person, command),
      }),
      chatCommand({
        name: 'roundtable (chair)',
        words: {
          en: ['invitations', 'invite', 'opening remarks', 'matchmaking', 'breakouts', 'move'],
        },
        chairOnly: true,
        parse: (text) => {
          const command = parseRoundtableCommand(text);
          return command && !isPersonCommand(command) ? command : undefined;
        },
        handle: (context, person, command) => chat.handle(context, person, command),
        refuse: (context) => reply(context, [turnView(context).t('organizer.refused')], 'warning'),
      }),
    ],
    cards: [answer('match.accept'), answer('match.decline')],
    routes: roundtableRoutes(web),
  };
}

// What other features use of this one.
export * from './roundtable-card-actions';
