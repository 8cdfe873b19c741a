import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { Logger } from '../logger';
import type { ConversationStore } from '../store/store';
import type { Clock, Person } from '../ports';
import { parseChatCommand } from './chat-command';
import { chatTextOf } from './chat-text';
import { MAX_CHAT_TEXT_LENGTH } from '../../core/text/chat-line';
import type { BotServices } from './bot-services';
import { CardActions } from './card-actions';
import { ChatActions } from './chat-actions';
import { DecisionActions } from '../organizer/decision-actions';
import { parseDecisionCommand } from '../organizer/decision-command';
import { InputReviewActions } from '../written-input/input-review-actions';
import { parseInputReviewCommand } from '../written-input/input-review-command';
import {
  isMeetingTimesValue,
  listenToMeetings,
  type MeetingActivities,
} from '../meeting-presence/meeting-activities';
import { noticeCardResponse } from './respond';
import { SavedConversations } from './saved-conversations';
import { personOf, userTimeZoneOf } from './turn-identity';
import { turnView, useChosenLanguage } from './turn-view';
import { LanguageActions } from '../i18n/language-actions';
import { parseLanguageCommand } from '../i18n/language-command';
import { parseRoundtableCommand } from '../roundtable/roundtable-command';
import { RoundtableChat } from '../roundtable/roundtable-chat';

/**
 * The bot's Teams surface: routes chat lines, file attachments and card actions to the
 * use cases. It decides nothing itself; the services and core do.
 */
export class StakeholderBot extends TeamsActivityHandler {
  private readonly chat: ChatActions;
  private readonly cards: CardActions;
  private readonly decisions: DecisionActions;
  private readonly reviews: InputReviewActions;
  private readonly roundtable: RoundtableChat;
  private readonly language: LanguageActions;
  private readonly savedConversations = new SavedConversations();

  constructor(
    private readonly services: BotServices,
    private readonly conversations: ConversationStore,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly meetings: MeetingActivities,
  ) {
    super();
    this.chat = new ChatActions(services);
    this.cards = new CardActions(services);
    this.decisions = new DecisionActions(services);
    this.reviews = new InputReviewActions(services);
    this.roundtable = new RoundtableChat(services);
    this.language = new LanguageActions(services);
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some(
        (m) => m.id === context.activity.recipient.id,
      );
      if (botAdded && isPersonal(context))
        await this.withPerson(context, (p) => this.chat.welcome(context, p));
      if (botAdded && !isPersonal(context)) await this.meetings.rememberChat(context);
      await next();
    });
    listenToMeetings(this, meetings);
  }

  /**
   * Every personal turn keeps the conversation reference (for later proactive messages) and
   * answers in the language the person chose, if they chose one. Saving first lets the save
   * learn the choice in the same round trip, so a person's first turn asks the database once.
   */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    const person = personOf(context.activity);
    if (person && isPersonal(context)) {
      await this.remember(context, person);
      try {
        useChosenLanguage(context, await this.services.languages.chosen(person));
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
    const person = personOf(context.activity);
    if (!person) return noticeCardResponse(view, 'bot.unidentified');
    const data = isRecord(invokeValue.action.data) ? invokeValue.action.data : {};
    try {
      if (invokeValue.action.verb === 'language.set')
        return await this.language.card(context, person, data);
      return await this.cards.handle(context, person, invokeValue.action.verb, data);
    } catch (error) {
      this.log.error({ err: error, verb: invokeValue.action.verb }, 'card action failed');
      return noticeCardResponse(view, 'error.generic', undefined, 'warning');
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    await this.withPerson(context, async (person) => {
      if (!isPersonal(context)) {
        await context.sendActivity(turnView(context).t('bot.personalOnly'));
        return;
      }
      const text = chatTextOf(context.activity);
      if (text.kind === 'tooLong') {
        const max = MAX_CHAT_TEXT_LENGTH;
        await context.sendActivity(turnView(context).t('limits.chatTooLong', { max }));
        return;
      }
      const attachments = context.activity.attachments ?? [];
      if (attachments.some((a) => a.contentType !== 'text/html')) {
        await this.chat.attachments(context, person, attachments);
        return;
      }
      // Before decisions: "decline SG" answers an invitation, "decline REG-..." a registration.
      const language = parseLanguageCommand(text.line);
      if (language) return this.language.command(context, person, language.code);
      const roundtable = parseRoundtableCommand(text.line);
      if (roundtable) return this.roundtable.handle(context, person, roundtable);
      const review = parseInputReviewCommand(text.line);
      if (review) return this.reviews.handle(context, person, review);
      const decision = parseDecisionCommand(text.line);
      if (decision) return this.decisions.handle(context, person, decision);
      await this.chat.command(context, person, parseChatCommand(text.line));
    });
  }

  private async withPerson(
    context: TurnContext,
    act: (person: Person) => Promise<void>,
  ): Promise<void> {
    const person = personOf(context.activity);
    if (!person) {
      await context.sendActivity(turnView(context).t('bot.unidentified'));
      return;
    }
    await act(person);
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

function isPersonal(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
