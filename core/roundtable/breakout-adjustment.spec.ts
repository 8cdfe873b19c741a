import type { BreakoutGroup } from '../event/event';
import type { BreakoutPlan } from './breakout';
import { moveParticipant } from './breakout-adjustment';
import { checkBreakoutChoices } from './breakout-preferences';

const groups: BreakoutGroup[] = [
  { id: 'norms', thematicAreaId: 'norms', title: 'Norms', capacity: 1 },
  { id: 'cbms', thematicAreaId: 'cbms', title: 'CBMs', capacity: 2 },
];
const plan: BreakoutPlan = {
  placements: [
    { participantId: 'a', groupId: 'norms', reason: 'choice', choiceRank: 1 },
    { participantId: 'b', groupId: 'cbms', reason: 'choice', choiceRank: 1 },
  ],
  overflow: ['c'],
};
const keyOf = (result: ReturnType<typeof moveParticipant>) => (result.ok ? 'ok' : result.key);

describe('moveParticipant', () => {
  it('moves a seated participant into a group with room, keeping their place in the list', () => {
    const result = moveParticipant(plan, groups, 'a', 'cbms');
    expect(result.ok && result.plan).toEqual({
      placements: [
        { participantId: 'a', groupId: 'cbms', reason: 'chair' },
        { participantId: 'b', groupId: 'cbms', reason: 'choice', choiceRank: 1 },
      ],
      overflow: ['c'],
    });
  });

  it('seats someone from the overflow', () => {
    const result = moveParticipant(plan, groups, 'c', 'cbms');
    expect(result.ok && result.plan.overflow).toEqual([]);
    expect(result.ok && result.plan.placements.at(-1)).toEqual({
      participantId: 'c',
      groupId: 'cbms',
      reason: 'chair',
    });
  });

  it('refuses a full group unless forced', () => {
    const refused = moveParticipant(plan, groups, 'b', 'norms');
    expect(refused).toEqual({
      ok: false,
      key: 'roundtable.breakout.groupFull',
      params: { capacity: 1 },
    });
    const forced = moveParticipant(plan, groups, 'b', 'norms', { force: true });
    expect(forced.ok && forced.plan.placements.map((p) => p.groupId)).toEqual(['norms', 'norms']);
  });

  it('refuses an unknown group or participant and a move to the same group', () => {
    expect(keyOf(moveParticipant(plan, groups, 'a', 'space'))).toBe(
      'roundtable.breakout.unknownGroup',
    );
    expect(keyOf(moveParticipant(plan, groups, 'zed', 'cbms'))).toBe(
      'roundtable.breakout.unknownParticipant',
    );
    expect(keyOf(moveParticipant(plan, groups, 'a', 'norms'))).toBe(
      'roundtable.breakout.alreadyInGroup',
    );
  });
});

describe('checkBreakoutChoices', () => {
  it('refuses unknown groups and repeated choices, naming the position', () => {
    expect(checkBreakoutChoices(['cbms', 'norms'], groups)).toEqual([]);
    expect(
      checkBreakoutChoices(['cbms', 'space', 'cbms'], groups).map((e) => `${e.field}:${e.key}`),
    ).toEqual([
      'choices.1:roundtable.breakout.unknownGroup',
      'choices.2:roundtable.field.duplicateChoice',
    ]);
  });
});
