import type { TurnContext } from 'botbuilder';
import { formatInZone } from '../../core/time/zoned-time';
import type { CardAction, ChannelIdentity } from '../platform/teams/channel-identity';
import { turnView, type TurnView } from '../platform/teams/turn-view';
import type { Person } from '../platform/ports';
import type { EmailIdentityService, IdentityAnswer, IdentityTurn } from './email-identity-service';
import type { AwaitedAction } from './email-identity-store';

/** Conversation ids longer than this are not kept (Direct Line's are far shorter). */
const MAX_KEY = 300;

/**
 * The actions kept while the person verifies: opening an event's form (the public page asks
 * for it as the chat connects). Others (withdraw, submit) are never done on a later turn.
 */
const AWAITED_VERBS = new Set(['registration.open']);
const MAX_EVENT_ID = 200;

/**
 * The email step in chat, before the registration form, in every channel but Teams: reads the
 * person's line, lets the service decide, and writes its answer in the person's language.
 */
export class EmailIdentityGate implements ChannelIdentity {
  constructor(private readonly identity: EmailIdentityService) {}

  async known(context: TurnContext): Promise<Person | undefined> {
    const turn = turnOf(context);
    return turn ? this.identity.known(turn.conversationKey) : undefined;
  }

  async introduce(
    context: TurnContext,
    line: string,
    action?: CardAction,
  ): Promise<Person | undefined> {
    const view = turnView(context);
    const turn = turnOf(context);
    if (!turn) {
      await context.sendActivity(view.t('bot.unidentified'));
      return undefined;
    }
    const awaited = action && awaitable(action);
    if (awaited) await this.identity.awaitAction(turn.conversationKey, awaited);
    const answer = await this.identity.answer(turn, line);
    await context.sendActivity(textOf(answer, view));
    return answer.kind === 'verified' ? answer.person : undefined;
  }

  async takeAwaited(context: TurnContext): Promise<CardAction | undefined> {
    const turn = turnOf(context);
    const awaited = turn && (await this.identity.takeAwaitedAction(turn.conversationKey));
    return awaited && { verb: awaited.verb, data: { eventId: awaited.eventId } };
  }
}

function awaitable(action: CardAction): AwaitedAction | undefined {
  const { eventId } = action.data;
  if (!AWAITED_VERBS.has(action.verb) || typeof eventId !== 'string') return undefined;
  if (eventId.length === 0 || eventId.length > MAX_EVENT_ID) return undefined;
  return { verb: action.verb, eventId };
}

function turnOf(context: TurnContext): IdentityTurn | undefined {
  const { channelId, conversation } = context.activity;
  const conversationKey = `${channelId}:${conversation?.id ?? ''}`;
  if (!conversation?.id || conversationKey.length > MAX_KEY) return undefined;
  // Direct Line binds a conversation to the token the service issued to one browser.
  return {
    conversationKey,
    clientKey: conversationKey,
    language: turnView(context).t.language,
  };
}

function textOf(answer: IdentityAnswer, view: TurnView): string {
  const { t } = view;
  const when = (until: Date) => `${formatInZone(until, view.userZone, view.locale)}`;
  switch (answer.kind) {
    case 'askEmail':
      return t('email.ask');
    case 'malformed':
      return t('email.malformed');
    case 'codeSent':
      return t('email.codeSent', { email: answer.email });
    case 'tooSoon':
      return t('email.tooSoon', { email: answer.email, until: when(answer.until) });
    case 'locked':
      return t('email.locked', { email: answer.email, until: when(answer.until) });
    case 'wrongCode':
      return t('email.wrongCode', { triesLeft: answer.triesLeft });
    case 'expired':
      return t('email.expired');
    case 'noCode':
      return t('email.noCode');
    case 'sendFailed':
      return t('email.sendFailed');
    case 'verified':
      return t('email.verified', { email: answer.person.verifiedEmail ?? '' });
  }
}
