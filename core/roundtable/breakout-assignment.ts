import type { BreakoutGroup } from '../event/event';
import type { MessageKey, MessageParams } from '../i18n/catalog';
import type { BreakoutPlacement, BreakoutPlan, BreakoutPreference } from './breakout';
import { compareText } from './compare-text';

/**
 * Assigns seats in rounds: every first choice that fits is honoured before any second
 * choice, and so on; within a round, earlier registrants go first. Whoever is still without
 * a seat then gets the group with the most free seats (event order on ties); if none is
 * left they are reported as overflow. Unknown and repeated choices are ignored.
 *
 * The chair's earlier moves (`kept`) stand: those people keep their group and take its seats
 * first, so assigning again after new registrations never undoes a deliberate adjustment.
 * A kept placement is dropped only when its person or its group is gone.
 */
export function assignBreakouts(
  groups: readonly BreakoutGroup[],
  preferences: readonly BreakoutPreference[],
  kept: readonly BreakoutPlacement[] = [],
): BreakoutPlan {
  const free = new Map(groups.map((g) => [g.id, g.capacity]));
  const people = inRegistrationOrder(preferences).map((p) => ({
    id: p.participantId,
    choices: [...new Set(p.choices.filter((c) => free.has(c)))],
  }));
  const seated = new Map<string, BreakoutPlacement>();
  const present = new Set(people.map((p) => p.id));
  for (const placement of kept) {
    const { participantId, groupId } = placement;
    if (!present.has(participantId) || !free.has(groupId) || seated.has(participantId)) continue;
    // A forced move may leave a group over capacity: its free count goes below zero.
    free.set(groupId, (free.get(groupId) ?? 0) - 1);
    seated.set(participantId, { participantId, groupId, reason: 'chair' });
  }
  const rounds = Math.max(0, ...people.map((p) => p.choices.length));
  for (let round = 0; round < rounds; round += 1) {
    for (const person of people) {
      const groupId = person.choices[round];
      if (seated.has(person.id) || groupId === undefined || (free.get(groupId) ?? 0) <= 0) continue;
      free.set(groupId, (free.get(groupId) ?? 0) - 1);
      seated.set(person.id, {
        participantId: person.id,
        groupId,
        reason: 'choice',
        choiceRank: round + 1,
      });
    }
  }
  const overflow: string[] = [];
  for (const person of people) {
    if (seated.has(person.id)) continue;
    const roomiest = groups.reduce<BreakoutGroup | undefined>(
      (best, g) => ((free.get(g.id) ?? 0) > (best ? (free.get(best.id) ?? 0) : 0) ? g : best),
      undefined,
    );
    if (!roomiest) {
      overflow.push(person.id);
      continue;
    }
    free.set(roomiest.id, (free.get(roomiest.id) ?? 0) - 1);
    seated.set(person.id, { participantId: person.id, groupId: roomiest.id, reason: 'freeSeat' });
  }
  const placements = people.flatMap((p) => seated.get(p.id) ?? []);
  return { placements, overflow };
}

/** The chair's warning when seats ran out, or undefined when everyone has one. */
export function overflowMessage(
  plan: BreakoutPlan,
  groups: readonly BreakoutGroup[],
): { key: MessageKey; params: MessageParams } | undefined {
  if (plan.overflow.length === 0) return undefined;
  const capacity = groups.reduce((sum, g) => sum + g.capacity, 0);
  return { key: 'roundtable.breakout.overflow', params: { count: plan.overflow.length, capacity } };
}

/** Earliest registration first, id on ties; a participant listed twice keeps the earlier entry. */
function inRegistrationOrder(preferences: readonly BreakoutPreference[]): BreakoutPreference[] {
  const sorted = [...preferences].sort(
    (a, b) =>
      a.registeredAt.getTime() - b.registeredAt.getTime() ||
      compareText(a.participantId, b.participantId),
  );
  const seen = new Set<string>();
  return sorted.filter((p) => !seen.has(p.participantId) && Boolean(seen.add(p.participantId)));
}
