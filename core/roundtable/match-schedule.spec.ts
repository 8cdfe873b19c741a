import type { MatchmakingSlot, MatchmakingTable } from '../event/event';
import { scheduleMatches, type MatchSchedule } from './match-schedule';
import { matchId, type Match, type MatchStatus } from './matchmaking';
import { seededRandom, seedRoundtable, shuffled } from '../testing/roundtable-fixtures';

const match = (
  providerId: string,
  stateId: string,
  score = 2,
  status: MatchStatus = 'matched',
): Match => ({
  id: matchId(providerId, stateId),
  providerId,
  stateId,
  sharedThematicAreaIds: [],
  regionMatch: false,
  score,
  status,
  updatedAt: new Date(0),
});
const slot = (n: number): MatchmakingSlot => ({
  id: `slot-${n}`,
  start: `2024-05-10T13:${String(n * 10).padStart(2, '0')}`,
  end: `2024-05-10T13:${String(n * 10 + 9).padStart(2, '0')}`,
});
const table = (n: number): MatchmakingTable => ({ id: `table-${n}`, label: `Table ${n}` });
const where = (schedule: MatchSchedule) =>
  schedule.meetings.map((m) => `${m.matchId}@${m.slotId}/${m.tableId}`);

describe('scheduleMatches', () => {
  it('seats the best-ranked pair first and keeps a provider to one meeting per slot', () => {
    const schedule = scheduleMatches(
      [match('p', 'ke', 2), match('p', 'sg', 4), match('q', 'fj', 2)],
      [slot(1), slot(2)],
      [table(1), table(2)],
    );
    expect(where(schedule)).toEqual([
      'p~sg@slot-1/table-1',
      'p~ke@slot-2/table-1',
      'q~fj@slot-1/table-2',
    ]);
    expect(schedule.unplaced).toEqual([]);
  });

  it('moves a pair to a later slot when every table is taken', () => {
    const schedule = scheduleMatches(
      [match('a', 'x'), match('b', 'y')],
      [slot(1), slot(2)],
      [table(1)],
    );
    expect(where(schedule)).toEqual(['a~x@slot-1/table-1', 'b~y@slot-2/table-1']);
  });

  it('reports pairs that do not fit, saying why', () => {
    const busy = scheduleMatches(
      [match('p', 'ke'), match('p', 'sg')],
      [slot(1)],
      [table(1), table(2)],
    );
    expect(busy.unplaced).toEqual([{ matchId: 'p~sg', reason: 'partiesBusy' }]);
    const full = scheduleMatches([match('a', 'x'), match('b', 'y')], [slot(1)], [table(1)]);
    expect(full.unplaced).toEqual([{ matchId: 'b~y', reason: 'tablesFull' }]);
    const none = scheduleMatches([match('a', 'x')], [], [table(1)]);
    expect(none).toEqual({ meetings: [], unplaced: [{ matchId: 'a~x', reason: 'noSlots' }] });
  });

  it('treats a State that is also a provider as one person', () => {
    const schedule = scheduleMatches(
      [match('sg', 'ke', 4), match('p', 'sg')],
      [slot(1), slot(2)],
      [table(1), table(2)],
    );
    expect(where(schedule)).toEqual(['sg~ke@slot-1/table-1', 'p~sg@slot-2/table-1']);
  });

  it('schedules only pairs both sides accepted, once each', () => {
    const matches = [
      match('a', 'x', 2, 'proposed'),
      match('b', 'y', 2, 'acceptedByProvider'),
      match('c', 'z', 2, 'declined'),
      match('d', 'w'),
      match('d', 'w'),
    ];
    expect(where(scheduleMatches(matches, [slot(1), slot(2)], [table(1)]))).toEqual([
      'd~w@slot-1/table-1',
    ]);
  });

  it('fits the example session: 3 slots of 12 tables', () => {
    const session = seedRoundtable().programme.find((s) => s.kind === 'matchmaking');
    const matches = Array.from({ length: 40 }, (_, i) => match(`p${i % 10}`, `s${i}`));
    const schedule = scheduleMatches(matches, session?.slots ?? [], session?.tables ?? []);
    expect(schedule.meetings).toHaveLength(30);
    expect(schedule.unplaced).toHaveLength(10);
  });
});

describe('scheduleMatches on random inputs', () => {
  const randomCase = (random: () => number) => {
    const int = (max: number) => Math.floor(random() * max);
    const people = Array.from({ length: 3 + int(12) }, (_, i) => `person-${i}`);
    const matches = new Map<string, Match>();
    for (let i = int(40); i > 0; i -= 1) {
      const [a, b] = [people[int(people.length)]!, people[int(people.length)]!];
      const status = (['matched', 'matched', 'matched', 'proposed', 'declined'] as const)[int(5)]!;
      if (a !== b) matches.set(matchId(a, b), match(a, b, 1 + int(5), status));
    }
    const slots = Array.from({ length: int(5) }, (_, i) => slot(i + 1));
    const tables = Array.from({ length: int(5) }, (_, i) => table(i + 1));
    return { matches: [...matches.values()], slots, tables };
  };

  it('never double-books a person or a table, and places or reports every matched pair', () => {
    const random = seededRandom(20240510);
    for (let run = 0; run < 500; run += 1) {
      const { matches, slots, tables } = randomCase(random);
      const schedule = scheduleMatches(matches, slots, tables);
      const seats = new Set<string>();
      for (const m of schedule.meetings) {
        for (const key of [
          `${m.slotId}|${m.providerId}`,
          `${m.slotId}|${m.stateId}`,
          `${m.slotId}#${m.tableId}`,
        ]) {
          expect(seats.has(key)).toBe(false);
          seats.add(key);
        }
      }
      const accounted = [...schedule.meetings, ...schedule.unplaced].map((m) => m.matchId).sort();
      const matched = matches
        .filter((m) => m.status === 'matched')
        .map((m) => m.id)
        .sort();
      expect(accounted).toEqual(matched);
      // No reported pair would fit anywhere in the final schedule.
      for (const { matchId: id } of schedule.unplaced) {
        const m = matches.find((x) => x.id === id)!;
        const fits = slots.some(
          (s) =>
            !seats.has(`${s.id}|${m.providerId}`) &&
            !seats.has(`${s.id}|${m.stateId}`) &&
            tables.some((t) => !seats.has(`${s.id}#${t.id}`)),
        );
        expect(fits).toBe(false);
      }
    }
  });

  it('gives the same schedule whatever the order of the inputs', () => {
    const random = seededRandom(42);
    for (let run = 0; run < 100; run += 1) {
      const { matches, slots, tables } = randomCase(random);
      expect(
        scheduleMatches(
          shuffled(matches, random),
          shuffled(slots, random),
          shuffled(tables, random),
        ),
      ).toEqual(scheduleMatches(matches, slots, tables));
    }
  });
});
