import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { AnonymousCardVerb, CardVerb, Feature } from '../feature';
import type { Person } from '../ports';
import { chairCheck, type ChairRule } from './chair-check';
import { noticeCardResponse } from './respond';
import { turnView } from './turn-view';

/**
 * Routes an `Action.Execute` verb to the one feature that owns it. Two features claiming the
 * same verb is a wiring mistake, so building the router throws rather than let one win.
 */
export class CardRouter {
  private readonly verbs = new Map<
    string,
    { feature: string; verb: CardVerb | AnonymousCardVerb }
  >();

  constructor(
    features: readonly Feature[],
    private readonly chair: ChairRule,
  ) {
    for (const feature of features) {
      for (const verb of feature.cards ?? []) {
        const owner = this.verbs.get(verb.verb);
        if (owner) {
          throw new Error(
            `card verb '${verb.verb}' is claimed by both '${owner.feature}' and '${feature.name}'`,
          );
        }
        this.verbs.set(verb.verb, { feature: feature.name, verb });
      }
    }
  }

  /** `person` is undefined for someone Teams gives no Entra identity (an anonymous attendee). */
  async route(
    context: TurnContext,
    person: Person | undefined,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse> {
    const owned = this.verbs.get(verb);
    if (!person) {
      // Only a verb made for them answers people without an identity; no other one sees them.
      if (!owned?.verb.anonymous) return noticeCardResponse(turnView(context), 'bot.unidentified');
      return owned.verb.handle(context, undefined, data);
    }
    if (!owned) return noticeCardResponse(turnView(context), 'bot.unknownAction');
    if (owned.verb.chairOnly && !(await chairCheck(context, person, this.chair))) {
      return noticeCardResponse(turnView(context), 'organizer.refused', undefined, 'warning');
    }
    return owned.verb.handle(context, person, data);
  }
}
