import type { BreakoutGroup } from '../event/event';
import type { BreakoutPlan, BreakoutPreference } from './breakout';
import { groupLoads } from './breakout';
import { assignBreakouts, overflowMessage } from './breakout-assignment';
import { seededRandom, seedRoundtable, shuffled } from '../testing/roundtable-fixtures';

const group = (id: string, capacity: number): BreakoutGroup => ({
  id,
  thematicAreaId: id,
  title: id,
  capacity,
});
const person = (id: string, minute: number, ...choices: string[]): BreakoutPreference => ({
  participantId: id,
  registeredAt: new Date(Date.UTC(2024, 3, 1, 9, minute)),
  choices,
});
const seats = (plan: BreakoutPlan) =>
  Object.fromEntries(
    plan.placements.map((p) => [p.participantId, `${p.groupId}:${p.reason}${p.choiceRank ?? ''}`]),
  );

describe('assignBreakouts', () => {
  it('honours every first choice that fits', () => {
    const plan = assignBreakouts(
      [group('norms', 2), group('cbms', 2)],
      [person('a', 1, 'norms'), person('b', 2, 'cbms'), person('c', 3, 'norms', 'cbms')],
    );
    expect(seats(plan)).toEqual({ a: 'norms:choice1', b: 'cbms:choice1', c: 'norms:choice1' });
    expect(plan.overflow).toEqual([]);
  });

  it('keeps the chair’s earlier moves, which take their seats before anyone’s choice', () => {
    const moved = [{ participantId: 'c', groupId: 'norms', reason: 'chair' as const }];
    const plan = assignBreakouts(
      [group('norms', 1), group('cbms', 2)],
      [person('a', 1, 'norms'), person('b', 2, 'cbms'), person('c', 3, 'cbms')],
      moved,
    );
    expect(seats(plan)).toEqual({ a: 'cbms:freeSeat', b: 'cbms:choice1', c: 'norms:chair' });
    expect(plan.overflow).toEqual([]);
  });

  it('drops a chair move whose person withdrew or whose group is gone, and counts forced seats', () => {
    const moved = [
      { participantId: 'gone', groupId: 'norms', reason: 'chair' as const },
      { participantId: 'a', groupId: 'closed-group', reason: 'chair' as const },
      { participantId: 'b', groupId: 'norms', reason: 'chair' as const },
      { participantId: 'c', groupId: 'norms', reason: 'chair' as const },
    ];
    const plan = assignBreakouts(
      [group('norms', 1), group('cbms', 1)],
      [person('a', 1, 'norms', 'cbms'), person('b', 2), person('c', 3)],
      moved,
    );
    // b and c were forced into a one-seat group: both stay, and nobody else joins it.
    expect(seats(plan)).toEqual({ a: 'cbms:choice2', b: 'norms:chair', c: 'norms:chair' });
  });

  it('gives a contested seat to the earlier registrant, the later one getting the next choice', () => {
    const plan = assignBreakouts(
      [group('norms', 1), group('cbms', 1)],
      [person('late', 9, 'norms', 'cbms'), person('early', 1, 'norms', 'cbms')],
    );
    expect(seats(plan)).toEqual({ early: 'norms:choice1', late: 'cbms:choice2' });
  });

  it("honours a later registrant's first choice before an earlier registrant's second", () => {
    const plan = assignBreakouts(
      [group('norms', 1), group('cbms', 1), group('law', 1)],
      [
        person('early', 1, 'norms', 'cbms'),
        person('second', 2, 'norms', 'law'),
        person('late', 3, 'cbms'),
      ],
    );
    expect(seats(plan)).toEqual({
      early: 'norms:choice1',
      second: 'law:choice2',
      late: 'cbms:choice1',
    });
  });

  it('seats those whose choices are full, or who gave none, in the roomiest group (event order on ties)', () => {
    const plan = assignBreakouts(
      [group('norms', 1), group('cbms', 2), group('law', 3)],
      [person('a', 1, 'norms'), person('b', 2, 'norms'), person('c', 3)],
    );
    expect(seats(plan)).toEqual({ a: 'norms:choice1', b: 'law:freeSeat', c: 'cbms:freeSeat' });
  });

  it('ignores unknown and repeated choices and a participant listed twice', () => {
    const plan = assignBreakouts(
      [group('norms', 1), group('cbms', 1)],
      [
        person('a', 1, 'space', 'norms', 'norms'),
        person('b', 2, 'norms', 'cbms'),
        person('a', 5, 'cbms'),
      ],
    );
    // Ranks count valid choices only: 'norms' is a's first real choice.
    expect(seats(plan)).toEqual({ a: 'norms:choice1', b: 'cbms:choice2' });
    expect(plan.placements).toHaveLength(2);
  });

  it('reports who has no seat when the groups hold fewer than the participants', () => {
    const groups = [group('norms', 1), group('cbms', 1)];
    const plan = assignBreakouts(groups, [
      person('d', 4, 'norms'),
      person('a', 1, 'norms'),
      person('c', 3, 'cbms'),
      person('b', 2, 'cbms'),
    ]);
    expect(seats(plan)).toEqual({ a: 'norms:choice1', b: 'cbms:choice1' });
    expect(plan.overflow).toEqual(['c', 'd']);
    expect(overflowMessage(plan, groups)).toEqual({
      key: 'roundtable.breakout.overflow',
      params: { count: 2, capacity: 2 },
    });
  });

  it('has no overflow message when everyone is seated', () => {
    const groups = [group('norms', 1)];
    expect(overflowMessage(assignBreakouts(groups, [person('a', 1)]), groups)).toBeUndefined();
  });

  it('never exceeds a capacity, leaves nobody out, and ignores input order (random inputs)', () => {
    const groups = seedRoundtable().breakoutGroups ?? [];
    const ids = groups.map((g) => g.id);
    const random = seededRandom(1005);
    for (let run = 0; run < 50; run += 1) {
      const people = Array.from({ length: Math.floor(random() * 320) }, (_, i) =>
        person(
          `p${i}`,
          Math.floor(random() * 600),
          ...shuffled(ids, random).slice(0, Math.floor(random() * 4)),
        ),
      );
      const plan = assignBreakouts(groups, people);
      for (const g of groups)
        expect(groupLoads(plan).get(g.id) ?? 0).toBeLessThanOrEqual(g.capacity);
      expect(plan.placements.length + plan.overflow.length).toBe(people.length);
      expect(plan.overflow.length).toBe(Math.max(0, people.length - 240));
      expect(assignBreakouts(groups, shuffled(people, random))).toEqual(plan);
    }
  });
});
