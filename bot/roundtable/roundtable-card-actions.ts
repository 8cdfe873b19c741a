import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { FieldError } from '../../core/event/field-error';
import { parseRegistrationForm } from '../../core/registration/registration-form';
import type { Person } from '../platform/ports';
import { readOrigin, type RegistrationOutcome } from '../registration';
import type { BotServices } from '../bot-services';
import type { AdaptiveCardJson } from '../platform/teams/cards/card-json';
import { registrationOutcomeCard } from '../registration';
import { cardResponse, noticeCardResponse } from '../platform/teams/respond';
import { turnView, type TurnView } from '../platform/teams/turn-view';
import { matchesCard } from './matchmaking/match-presenter';
import {
  valuesFromData,
  valuesFromStored,
  withParticipationSection,
} from './participation-section';

/**
 * The roundtable's card actions: answers to matchmaking proposals, and the roundtable
 * section of the registration card (shown on the form, checked and stored on submit).
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
      case 'registration.submit':
        return this.submit(context, person, data);
      default:
        return undefined;
    }
  }

  /** Adds the roundtable section to a registration form of a roundtable event. */
  async decorate(
    outcome: RegistrationOutcome,
    card: AdaptiveCardJson,
    view: TurnView,
    data: Record<string, unknown>,
    errors: readonly FieldError[] = [],
  ): Promise<AdaptiveCardJson> {
    if (outcome.kind !== 'form') return card;
    const { participation } = this.services.roundtable;
    const context = await participation.context(outcome.at.event);
    if (!context) return card;
    const groups = (outcome.at.event.breakoutGroups ?? []).length;
    const submitted = Object.keys(data).some((k) => k.startsWith('rt'));
    const values = submitted
      ? valuesFromData(data, groups)
      : valuesFromStored(
          outcome.origin.registrationId
            ? await participation.get(outcome.origin.registrationId)
            : undefined,
        );
    return withParticipationSection(card, context, values, errors, view.t);
  }

  private async submit(context: TurnContext, person: Person, data: Record<string, unknown>) {
    const { catalog, clock, registration, roundtable } = this.services;
    const view = turnView(context);
    const at =
      typeof data.eventId === 'string' ? await catalog.get(data.eventId, clock.now()) : undefined;
    const section = at && (await roundtable.participation.context(at.event));
    const origin = readOrigin(data);
    if (!at || !section || !origin) return undefined;
    const checked = roundtable.participation.check(section, data);
    if (!checked.ok) {
      // Nothing is saved until the whole card is valid, the form's fields and the section's.
      const parsed = parseRegistrationForm(data, at.event);
      const outcome: RegistrationOutcome = {
        kind: 'form',
        at,
        values: parsed.values,
        ...(parsed.ok ? {} : { errors: parsed.errors }),
        origin,
      };
      const card = registrationOutcomeCard(outcome, view);
      return cardResponse(await this.decorate(outcome, card, view, data, checked.errors));
    }
    const outcome = await registration.submit(person, data.eventId, data);
    if (
      outcome.kind === 'registration' &&
      outcome.variant !== 'existing' &&
      outcome.variant !== 'withdrawn'
    )
      await roundtable.participation.save(outcome.registration, checked.value);
    const card = registrationOutcomeCard(outcome, view);
    return cardResponse(await this.decorate(outcome, card, view, data));
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
