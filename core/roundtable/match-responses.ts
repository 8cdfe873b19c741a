import type { MessageKey } from '../i18n/catalog';
import type { Match, MatchProposal, MatchSide, MatchStatus } from './matchmaking';

/** A match awaiting both sides' answers. */
export function proposeMatch(proposal: MatchProposal, now: Date): Match {
  return { ...proposal, status: 'proposed', updatedAt: now };
}

/**
 * The match after one side accepts or declines. Both must accept for a meeting; either may
 * decline at any time, even once matched (the meeting is then off). A declined match is final.
 */
export function respondToMatch(
  match: Match,
  side: MatchSide,
  reply: 'accept' | 'decline',
  now: Date,
): { ok: true; next: Match } | { ok: false; key: MessageKey } {
  if (match.status === 'declined')
    return { ok: false, key: 'roundtable.matchmaking.alreadyDeclined' };
  if (reply === 'decline') {
    return { ok: true, next: { ...match, status: 'declined', declinedBy: side, updatedAt: now } };
  }
  const status = afterAcceptance(match.status, side);
  if (!status) return { ok: false, key: 'roundtable.matchmaking.alreadyAccepted' };
  return { ok: true, next: { ...match, status, updatedAt: now } };
}

/** Whether `side` still has to answer: its acceptance would move the match on. */
export function awaitsAnswerFrom(match: Match, side: MatchSide): boolean {
  return match.status !== 'declined' && afterAcceptance(match.status, side) !== undefined;
}

/** The status once `side` accepts, or undefined when that side had already accepted. */
function afterAcceptance(
  status: Exclude<MatchStatus, 'declined'>,
  side: MatchSide,
): MatchStatus | undefined {
  switch (status) {
    case 'proposed':
      return side === 'provider' ? 'acceptedByProvider' : 'acceptedByState';
    case 'acceptedByProvider':
      return side === 'state' ? 'matched' : undefined;
    case 'acceptedByState':
      return side === 'provider' ? 'matched' : undefined;
    case 'matched':
      return undefined;
  }
}
