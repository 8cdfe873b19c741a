import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Person } from '../platform/ports';
import type { BotServices } from '../bot-services';
import { cardResponse, noticeCardResponse } from '../platform/teams/respond';
import { turnView } from '../platform/teams/turn-view';
import { matchesCard } from './matchmaking/match-presenter';

/**
 * The roundtable's card actions: answers to matchmaking proposals. Its section of the
 * registration card is a FormSection the registration feature shows, checks and saves.
 */
export class RoundtableCardActions {
  constructor(private readonly services: BotServices) {}

  /** The response for a roundtable verb, or undefined to let the other handlers answer. */
  async handle(
    context: TurnContext,
    person: Person,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse | undefined> {
    switch (verb) {
      case 'match.accept':
      case 'match.decline':
        return this.answer(context, person, verb === 'match.accept' ? 'accept' : 'decline', data);
      default:
        return undefined;
    }
  }

  private async answer(
    context: TurnContext,
    person: Person,
    reply: 'accept' | 'decline',
    data: Record<string, unknown>,
  ) {
    const view = turnView(context);
    const { events, matchmaking } = this.services.roundtable;
    const participant = await events.participant(person);
    if (!participant) return noticeCardResponse(view, 'rt.notRegistered', undefined, 'warning');
    const matchId = typeof data.matchId === 'string' ? data.matchId.slice(0, 200) : '';
    const result = await matchmaking.respond(participant, matchId, reply);
    if (!result.ok) return noticeCardResponse(view, result.key, result.params, 'warning');
    return cardResponse(matchesCard(participant, await matchmaking.mine(participant), view));
  }
}
