import {
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { UnLanguage } from '../../../core/i18n/catalog';
import type { Feature } from '../feature';
import type { Logger } from '../logger';
import type { ConversationStore } from '../store/conversation-store';
import type { Clock, Person } from '../ports';
import { CardRouter } from './card-router';
import { submittedAction } from './cards/channel-cards';
import type { ChairRule } from './chair-check';
import { ChatRouter } from './chat-router';
import { isMeetingTimesValue } from './meeting-times';
import { chatTextOf } from './chat-text';
import { MAX_CHAT_TEXT_LENGTH } from '../../../core/text/chat-line';
import { noticeCardResponse } from './respond';
import { SavedConversations } from './saved-conversations';
import { personOf, userTimeZoneOf } from './turn-identity';
import { isTeamsChannel, type CardAction, type ChannelIdentity } from './channel-identity';
import { turnView, useChosenLanguage } from './turn-view';

/** What the Teams surface needs besides the features: storage, time, logs and two rules. */
export interface BotParts {
  conversations: ConversationStore;
  clock: Clock;
  log: Logger;
  /** Who is on the chair's team (chair-only commands and verbs). */
  chair: ChairRule;
  /** The language the person chose in chat, if they did. */
  chosenLanguage(person: Person): Promise<UnLanguage | undefined>;
  /** Who acts outside Teams; absent: only Teams activities name a person. */
  otherChannels?: ChannelIdentity;
}

/**
 * The bot's Teams surface: routes chat lines, file attachments and card actions to the
 * features that declared them (bot/platform/feature.ts). It decides nothing itself.
 */
export class StakeholderBot extends TeamsActivityHandler {
  private readonly chat: ChatRouter;
  private readonly cards: CardRouter;
  private readonly features: readonly Feature[];
  private readonly conversations: ConversationStore;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly savedConversations = new SavedConversations();

  constructor(
    features: readonly Feature[],
    private readonly parts: BotParts,
  ) {
    super();
    this.conversations = parts.conversations;
    this.clock = parts.clock;
    this.log = parts.log;
    this.features = features;
    this.chat = new ChatRouter(features, parts.chair);
    this.cards = new CardRouter(features, parts.chair);
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some(
        (m) => m.id === context.activity.recipient.id,
      );
      const welcome = this.features.find((f) => f.welcome)?.welcome;
      // Outside Teams the public page opens its event's form as the chat connects, and that
      // turn asks for the address: asking here as well showed the question twice.
      const quiet = this.outsideTeams(context) && !(await this.personIn(context));
      if (botAdded && isPersonal(context) && welcome && !quiet)
        await this.withPerson(context, (p) => welcome(context, p));
      await next();
    });
    for (const feature of features) feature.listen?.(this);
  }

  /**
   * Every personal turn keeps the conversation reference (for later proactive messages) and
   * answers in the language the person chose, if they chose one. Saving first lets the save
   * learn the choice in the same round trip, so a person's first turn asks the database once.
   */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    const person = await this.personIn(context);
    if (person && isPersonal(context)) {
      await this.remember(context, person);
      try {
        useChosenLanguage(context, await this.parts.chosenLanguage(person));
      } catch (error) {
        // Without the stored choice the turn still answers, in the Teams client's language.
        this.log.warn({ err: error }, 'could not read the chosen language');
      }
    }
    await super.onTurnActivity(context);
  }

  // The SDK parses start/end payloads strictly and throws on a malformed one: ignore those.
  protected override async onTeamsMeetingStart(context: TurnContext): Promise<void> {
    if (isMeetingTimesValue(context.activity.value, 'StartTime'))
      await super.onTeamsMeetingStart(context);
    else this.log.warn('ignored a malformed meetingStart event');
  }

  protected override async onTeamsMeetingEnd(context: TurnContext): Promise<void> {
    if (isMeetingTimesValue(context.activity.value, 'EndTime'))
      await super.onTeamsMeetingEnd(context);
    else this.log.warn('ignored a malformed meetingEnd event');
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const view = turnView(context);
    // Undefined for anonymous meeting attendees: the router lets only verbs made for them answer.
    const person = await this.personIn(context);
    const data = isRecord(invokeValue.action.data) ? invokeValue.action.data : {};
    if (!person && this.outsideTeams(context)) {
      await this.parts.otherChannels?.introduce(context, '', {
        verb: invokeValue.action.verb,
        data,
      });
      return noticeCardResponse(view, 'email.verifyFirst');
    }
    return this.routeCard(context, person, invokeValue.action.verb, data);
  }

  private async routeCard(
    context: TurnContext,
    person: Person | undefined,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse> {
    try {
      return await this.cards.route(context, person, verb, data);
    } catch (error) {
      this.log.error({ err: error, verb }, 'card action failed');
      return noticeCardResponse(turnView(context), 'error.generic', undefined, 'warning');
    }
  }

  /**
   * An `Action.Submit` (Web Chat, which has no Universal Actions) reaches the same verbs as
   * `Action.Execute`; the card that would replace the clicked one comes as the next message.
   */
  private async answerSubmit(
    context: TurnContext,
    person: Person,
    action: CardAction,
  ): Promise<void> {
    const response = await this.routeCard(context, person, action.verb, action.data);
    if (response.type === 'application/vnd.microsoft.card.adaptive' && isRecord(response.value))
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(response.value)] });
    else if (typeof response.value === 'string') await context.sendActivity(response.value);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    await this.withPerson(context, async (person) => {
      if (!isPersonal(context)) {
        await context.sendActivity(turnView(context).t('bot.personalOnly'));
        return;
      }
      const submitted = submittedAction(context.activity);
      if (submitted) return this.answerSubmit(context, person, submitted);
      const text = chatTextOf(context.activity);
      if (text.kind === 'tooLong') {
        const max = MAX_CHAT_TEXT_LENGTH;
        await context.sendActivity(turnView(context).t('limits.chatTooLong', { max }));
        return;
      }
      const attachments = context.activity.attachments ?? [];
      const files = this.features.find((f) => f.files)?.files;
      if (files && attachments.some((a) => a.contentType !== 'text/html')) {
        await files(context, person, attachments);
        return;
      }
      // In the features' order: "decline SG" answers an invitation before decisions read it.
      await this.chat.route(context, person, text.line);
    });
  }

  private async withPerson(
    context: TurnContext,
    act: (person: Person) => Promise<void>,
  ): Promise<void> {
    const person = await this.personIn(context);
    if (!person && this.outsideTeams(context)) return this.introduce(context);
    if (!person) {
      await context.sendActivity(turnView(context).t('bot.unidentified'));
      return;
    }
    await act(person);
  }

  /** Teams names the person in each activity; elsewhere the verified address does (once per turn). */
  private async personIn(context: TurnContext): Promise<Person | undefined> {
    if (!this.outsideTeams(context)) return personOf(context.activity);
    const cached = context.turnState.get(OTHER_CHANNEL_PERSON) as { person?: Person } | undefined;
    if (cached) return cached.person;
    const person = await this.parts.otherChannels?.known(context);
    context.turnState.set(OTHER_CHANNEL_PERSON, person ? { person } : {});
    return person;
  }

  private outsideTeams(context: TurnContext): boolean {
    return this.parts.otherChannels !== undefined && !isTeamsChannel(context.activity);
  }

  /**
   * Someone outside Teams not yet verified: the email step answers. Once verified, what they
   * asked for before (the public page opening its event's form), else the welcome.
   */
  private async introduce(context: TurnContext): Promise<void> {
    const others = this.parts.otherChannels;
    const text = chatTextOf(context.activity);
    const line = text.kind === 'line' ? text.line : '';
    const person = await others?.introduce(context, line, submittedAction(context.activity));
    if (!person || !others) return;
    context.turnState.set(OTHER_CHANNEL_PERSON, { person });
    await this.remember(context, person);
    const awaited = await others.takeAwaited(context);
    if (awaited) return this.answerSubmit(context, person, awaited);
    const welcome = this.features.find((f) => f.welcome)?.welcome;
    if (welcome) await welcome(context, person);
  }

  /** Keeps the conversation reference, when it changed, so the bot can write later. */
  private async remember(context: TurnContext, person: Person): Promise<void> {
    const reference = TurnContext.getConversationReference(context.activity);
    const zone = userTimeZoneOf(context.activity);
    const conversation = {
      tenantId: person.tenantId,
      aadObjectId: person.aadObjectId,
      conversationId: context.activity.conversation.id,
      serviceUrl: context.activity.serviceUrl,
      reference,
      ...(zone ? { localTimezone: zone } : {}),
      updatedAt: this.clock.now(),
    };
    if (!this.savedConversations.isNew(conversation)) return;
    try {
      await this.conversations.save(conversation);
      this.savedConversations.saved(conversation);
    } catch (error) {
      // Failing to remember must not fail the person's request; it is retried next turn.
      this.log.warn({ err: error }, 'could not save conversation reference');
    }
  }
}

const OTHER_CHANNEL_PERSON = Symbol('otherChannelPerson');

function isPersonal(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
