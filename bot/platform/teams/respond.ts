import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { MessageKey, MessageParams } from '../../../core/i18n/catalog';
import { noticeCard, type NoticeStyle } from './cards/notice-card';
import type { AdaptiveCardJson } from './cards/card-json';
import type { TurnView } from './turn-view';

const TITLES: Record<NoticeStyle, MessageKey> = {
  default: 'notice.title.default',
  warning: 'notice.title.warning',
  good: 'notice.title.good',
};

/** The invoke response that replaces the clicked card with `card` (Universal Actions). */
export function cardResponse(card: AdaptiveCardJson): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

/** A one-message notice card, titled by its style. */
export function notice(
  view: TurnView,
  lines: string[],
  style: NoticeStyle = 'default',
): AdaptiveCardJson {
  return noticeCard({ title: view.t(TITLES[style]), lines, style }, view.t);
}

export function noticeCardResponse(
  view: TurnView,
  key: MessageKey,
  params?: MessageParams,
  style: NoticeStyle = 'default',
): AdaptiveCardInvokeResponse {
  return cardResponse(notice(view, [view.t(key, params)], style));
}
