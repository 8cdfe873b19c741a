/**
 * Breakout groups by thematic area. Participants rank the groups they want; the plan says
 * who sits where and who has no seat at all (the overflow), never dropping anyone silently.
 */
export interface BreakoutPreference {
  participantId: string;
  /** Registration time: earlier registrants win a contested seat at the same choice rank. */
  registeredAt: Date;
  /** Group ids, first choice first. */
  choices: string[];
}

/** How a seat was given: a ranked choice, any free seat once choices were full, or the chair. */
export type PlacementReason = 'choice' | 'freeSeat' | 'chair';

export interface BreakoutPlacement {
  participantId: string;
  groupId: string;
  reason: PlacementReason;
  /** 1 for the first valid choice, 2 for the second...; only when `reason` is 'choice'. */
  choiceRank?: number;
}

export interface BreakoutPlan {
  placements: BreakoutPlacement[];
  /** Participants without a seat because every group is full, in registration order. */
  overflow: string[];
}

/** Seats taken per group id. */
export function groupLoads(plan: BreakoutPlan): Map<string, number> {
  const loads = new Map<string, number>();
  for (const p of plan.placements) loads.set(p.groupId, (loads.get(p.groupId) ?? 0) + 1);
  return loads;
}
