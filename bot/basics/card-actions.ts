import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Person } from '../platform/ports';
import type { BotServices } from '../bot-services';
import { registrationOutcomeCard } from '../registration';
import { cardResponse, noticeCardResponse } from '../platform/teams/respond';
import { statementCard } from '../written-input';
import { profileOf } from '../platform/teams/profile';
import { turnView } from '../platform/teams/turn-view';
import { RoundtableCardActions } from '../roundtable';

/**
 * Answers `Action.Execute` verbs. Each verb makes one use-case call and returns the card
 * that replaces the one the person clicked (Universal Actions).
 */
export class CardActions {
  private readonly roundtable: RoundtableCardActions;

  constructor(private readonly services: BotServices) {
    this.roundtable = new RoundtableCardActions(services);
  }

  async handle(
    context: TurnContext,
    person: Person,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse> {
    const view = turnView(context);
    const { registration, mine, statements } = this.services;
    const present = (outcome: Parameters<typeof registrationOutcomeCard>[0]) =>
      cardResponse(registrationOutcomeCard(outcome, view));
    const roundtable = await this.roundtable.handle(context, person, verb, data);
    if (roundtable) return roundtable;
    switch (verb) {
      case 'registration.open':
        return present(
          await registration.openForm(person, String(data.eventId ?? ''), () => prefill(context)),
        );
      case 'registration.submit':
        return present(await registration.submit(person, data.eventId, data));
      case 'registration.show':
        return present(await mine.show(person, data.registrationId));
      case 'registration.edit':
        return present(await mine.editForm(person, data.registrationId));
      case 'registration.withdraw':
        return present(await mine.withdrawPrompt(person, data.registrationId));
      case 'registration.withdrawConfirm':
        return present(await mine.withdraw(person, data.registrationId, data.baseVersion));
      case 'statement.submit':
        return cardResponse(
          statementCard(
            await statements.submitText(person, data.eventId, data.statementText),
            view,
          ),
        );
      case 'statement.attachFile':
        return this.attachFile(context, person, data);
      default:
        return noticeCardResponse(view, 'bot.unknownAction');
    }
  }

  private async attachFile(context: TurnContext, person: Person, data: Record<string, unknown>) {
    const view = turnView(context);
    const file = data.file as Record<string, unknown> | undefined;
    if (typeof file?.name !== 'string' || typeof file.downloadUrl !== 'string') {
      return noticeCardResponse(view, 'bot.unknownAction');
    }
    const outcome = await this.services.statements.submitFile(person, data.eventId, {
      name: file.name,
      downloadUrl: file.downloadUrl,
    });
    return cardResponse(statementCard(outcome, view));
  }
}

/** Form values Teams lets us prefill: email and names from the profile. */
async function prefill(context: TurnContext) {
  const profile = await profileOf(context);
  return {
    ...(profile.email ? { email: profile.email } : {}),
    ...(profile.givenName ? { givenName: profile.givenName } : {}),
    ...(profile.surname ? { familyName: profile.surname } : {}),
  };
}
