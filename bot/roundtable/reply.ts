import { CardFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../platform/teams/cards/card-json';
import type { NoticeStyle } from '../platform/teams/cards/notice-card';
import { notice } from '../platform/teams/respond';
import { turnView } from '../platform/teams/turn-view';

/** Sends `lines` as a notice card: user and event text stay plain text runs, never markdown. */
export async function reply(
  context: TurnContext,
  lines: string[],
  style: NoticeStyle = 'default',
): Promise<void> {
  await sendCard(context, notice(turnView(context), lines, style));
}

export async function sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
