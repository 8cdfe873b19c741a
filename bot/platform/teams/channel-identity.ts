import type { Activity, TurnContext } from 'botbuilder';
import type { Person } from '../ports';

/**
 * Who acts in a channel other than Teams (Direct Line, Web Chat), where activities carry no
 * Entra identity. The composition root gives one (the email step, decision 028).
 */
export interface ChannelIdentity {
  /** The person already verified in this conversation, if any; no side effect. */
  known(context: TurnContext): Promise<Person | undefined>;
  /**
   * Answers a turn of someone not yet verified (asks for their address, mails or checks a
   * code); returns the person when this turn verified them. A card action in the turn (the
   * public page opening its event's form) may be kept, to be done once verified.
   */
  introduce(context: TurnContext, line: string, action?: CardAction): Promise<Person | undefined>;
  /** The card action kept before verifying, taken once (so done once). */
  takeAwaited(context: TurnContext): Promise<CardAction | undefined>;
}

/** A card button's verb and data, however the channel delivered the click. */
export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

/** Whether the activity comes from Teams (where the person is their Entra identity). */
export function isTeamsChannel(activity: Partial<Activity>): boolean {
  return activity.channelId === 'msteams';
}
