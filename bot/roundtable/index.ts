/** The roundtable feature: its chat commands (the person's and the chair's) and match answers. */
import type { BotServices } from '../bot-services';
import { commandWord, type ChatWordKey } from '../../core/i18n/chat-words';
import { chatCommand, type CardVerb, type Feature } from '../platform/feature';
import { noticeCardResponse } from '../platform/teams/respond';
import { RoundtableCardActions } from './roundtable-card-actions';
import { isPersonCommand, RoundtableChat } from './roundtable-chat';
import { parseRoundtableCommand } from './roundtable-command';
import { roundtableRoutes, type RoundtableRouteDeps } from './roundtable-routes';
import { reply } from './reply';
import { turnView } from '../platform/teams/turn-view';

/** The person's roundtable words (core/i18n/messages/<lang>/chat-words.json). */
const PERSON_WORDS: readonly ChatWordKey[] = [
  'chatWords.programme',
  'chatWords.whatsNext',
  'chatWords.roundtableHelp',
  'chatWords.myMatches',
  'chatWords.mySchedule',
  'chatWords.myBreakout',
  'chatWords.accept',
  'chatWords.decline',
  'chatWords.acceptMatch',
  'chatWords.declineMatch',
  'chatWords.breakout',
];

/** The chair's roundtable words. */
const CHAIR_WORDS: readonly ChatWordKey[] = [
  'chatWords.invitations',
  'chatWords.inviteAll',
  'chatWords.invitationsExport',
  'chatWords.remarks',
  'chatWords.openingRemarks',
  'chatWords.openingRemarksToQueue',
  'chatWords.matchmaking',
  'chatWords.matchmakingPropose',
  'chatWords.matchmakingSchedule',
  'chatWords.breakouts',
  'chatWords.breakoutsAssign',
  'chatWords.breakoutsExport',
  'chatWords.breakoutMove',
];

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
        words: PERSON_WORDS.map(commandWord),
        chairOnly: false,
        parse: (text) => {
          const command = parseRoundtableCommand(text);
          return command && isPersonCommand(command) ? command : undefined;
        },
        handle: (context, person, command) => chat.handle(context, person, command),
      }),
      chatCommand({
        name: 'roundtable (chair)',
        words: CHAIR_WORDS.map(commandWord),
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
