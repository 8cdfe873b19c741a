import type { Translate } from '../../../core/i18n/catalog';
import { cardTemplate, type AdaptiveCardJson } from '../../platform/teams/cards/card-json';
import template from './templates/match-list.json';

/** One proposal as its side sees it, with Accept and Decline while an answer is open. */
export interface MatchListItem {
  matchId: string;
  line: string;
  canAnswer: boolean;
  acceptLabel: string;
  declineLabel: string;
}

const expand = cardTemplate(template);

/** A person's matchmaking proposals (verbs `match.accept` / `match.decline`). */
export function matchListCard(
  view: { title: string; matches: MatchListItem[] },
  t: Translate,
): AdaptiveCardJson {
  return expand(view, t);
}
