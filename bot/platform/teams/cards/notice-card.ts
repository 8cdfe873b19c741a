import type { Translate } from '../../../../core/i18n/catalog';
import { cardTemplate, type AdaptiveCardJson } from './card-json';
import template from './templates/notice.json';

export type NoticeStyle = 'default' | 'warning' | 'good';

/** A short message; title and lines are translated and may quote user or event text. */
export interface NoticeView {
  title: string;
  lines: string[];
  style?: NoticeStyle;
}

const expand = cardTemplate(template);

/** A titled message, e.g. a refusal with the deadline in both zones, or a confirmation. */
export function noticeCard(view: NoticeView, t: Translate): AdaptiveCardJson {
  return expand({ title: view.title, lines: view.lines, style: view.style ?? 'default' }, t);
}
