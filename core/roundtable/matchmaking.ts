/**
 * Capacity-building matchmaking: providers declare what they offer and States what they
 * need, by thematic area and region; proposed pairs meet at a table in a slot once both
 * sides accept. Provider and State ids share one namespace, so a State that is also a
 * provider is never booked twice in a slot.
 */
export interface MatchOffer {
  providerId: string;
  thematicAreaIds: string[];
  regionIds: string[];
}

export interface MatchNeed {
  stateId: string;
  thematicAreaIds: string[];
  regionIds: string[];
}

export interface MatchProposal {
  id: string;
  providerId: string;
  stateId: string;
  sharedThematicAreaIds: string[];
  regionMatch: boolean;
  score: number;
}

export type MatchStatus =
  'proposed' | 'acceptedByProvider' | 'acceptedByState' | 'matched' | 'declined';

export type MatchSide = 'provider' | 'state';

export interface Match extends MatchProposal {
  status: MatchStatus;
  declinedBy?: MatchSide;
  updatedAt: Date;
}

/** The id of the pair, stable across runs. */
export function matchId(providerId: string, stateId: string): string {
  return `${providerId}~${stateId}`;
}
