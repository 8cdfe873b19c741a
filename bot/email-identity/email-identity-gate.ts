import type { TurnContext } from 'botbuilder';
import { formatInZone } from '../../core/time/zoned-time';
import type { ChannelIdentity } from '../platform/teams/channel-identity';
import { turnView, type TurnView } from '../platform/teams/turn-view';
import type { Person } from '../platform/ports';
import type { EmailIdentityService, IdentityAnswer, IdentityTurn } from './email-identity-service';

/** Conversation ids longer than this are not kept (Direct Line's are far shorter). */
const MAX_KEY = 300;

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

  async introduce(context: TurnContext, line: string): Promise<Person | undefined> {
    const view = turnView(context);
    const turn = turnOf(context);
    if (!turn) {
      await context.sendActivity(view.t('bot.unidentified'));
      return undefined;
    }
    const answer = await this.identity.answer(turn, line);
    await context.sendActivity(textOf(answer, view));
    return answer.kind === 'verified' ? answer.person : undefined;
  }
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
