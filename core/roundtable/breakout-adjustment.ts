import type { BreakoutGroup } from '../event/event';
import type { MessageKey, MessageParams } from '../i18n/catalog';
import { groupLoads, type BreakoutPlan } from './breakout';

export type AdjustmentResult =
  { ok: true; plan: BreakoutPlan } | { ok: false; key: MessageKey; params?: MessageParams };

/**
 * The chair moves a participant (seated or in the overflow) into a group. A full group
 * refuses unless `force` is set, so that going over the room's capacity is a conscious
 * choice; the moved participant keeps their place in the list.
 */
export function moveParticipant(
  plan: BreakoutPlan,
  groups: readonly BreakoutGroup[],
  participantId: string,
  toGroupId: string,
  options: { force?: boolean } = {},
): AdjustmentResult {
  const group = groups.find((g) => g.id === toGroupId);
  if (!group)
    return { ok: false, key: 'roundtable.breakout.unknownGroup', params: { id: toGroupId } };
  const index = plan.placements.findIndex((p) => p.participantId === participantId);
  const inOverflow = plan.overflow.includes(participantId);
  if (index < 0 && !inOverflow) return { ok: false, key: 'roundtable.breakout.unknownParticipant' };
  if (plan.placements[index]?.groupId === toGroupId) {
    return { ok: false, key: 'roundtable.breakout.alreadyInGroup' };
  }
  if ((groupLoads(plan).get(toGroupId) ?? 0) >= group.capacity && !options.force) {
    return {
      ok: false,
      key: 'roundtable.breakout.groupFull',
      params: { capacity: group.capacity },
    };
  }
  const placement = { participantId, groupId: toGroupId, reason: 'chair' as const };
  const placements =
    index >= 0
      ? plan.placements.map((p, i) => (i === index ? placement : p))
      : [...plan.placements, placement];
  return {
    ok: true,
    plan: { placements, overflow: plan.overflow.filter((id) => id !== participantId) },
  };
}
