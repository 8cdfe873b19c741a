import roundtable from '../../examples/global-roundtable-2024-05-10.json';
import { parseEventDefinition } from './event-schema';
import { rebaseDemoEvent } from './rebase-event';

const fieldsOf = (input: unknown) => {
  const result = parseEventDefinition(input);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.key}`);
};
type Programme = typeof roundtable.programme;
const MATCHMAKING = roundtable.programme.findIndex((s) => s.kind === 'matchmaking');
const withSession = (index: number, patch: Record<string, unknown>) => ({
  ...roundtable,
  programme: roundtable.programme.map((s, i) =>
    i === index ? { ...s, ...patch } : s,
  ) as Programme,
});

describe('parseEventDefinition, roundtable fields', () => {
  it('reads the example roundtable with its areas, regions, groups, slots and tables', () => {
    const result = parseEventDefinition(roundtable);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.thematicAreas?.map((a) => a.id)).toEqual([
      'threats',
      'norms',
      'international-law',
      'cbms',
    ]);
    expect(result.value.regions).toHaveLength(5);
    expect(result.value.breakoutGroups?.every((g) => g.capacity > 0)).toBe(true);
    expect(result.value.programme[MATCHMAKING]?.slots).toHaveLength(3);
    expect(result.value.programme[1]?.speakers?.[0]?.toBeConfirmed).toBe(true);
  });

  it('keeps an event without them valid', () => {
    const { thematicAreas: _a, regions: _r, breakoutGroups: _b, ...plain } = roundtable;
    const programme = plain.programme.map(
      ({ slots: _s, tables: _t, moderators: _m, speakers: _p, ...session }) => session,
    );
    expect(fieldsOf({ ...plain, programme })).toEqual([]);
  });

  it('refuses a breakout group on a thematic area the event does not list', () => {
    const groups = [{ ...roundtable.breakoutGroups[0]!, thematicAreaId: 'space' }];
    expect(fieldsOf({ ...roundtable, breakoutGroups: groups })).toEqual([
      'breakoutGroups.0.thematicAreaId:roundtable.field.unknownThematicArea',
    ]);
  });

  it('refuses a capacity below one as a number, and a malformed nested id', () => {
    const groups = [{ ...roundtable.breakoutGroups[0]!, capacity: 0, id: 'Threats Group' }];
    expect(fieldsOf({ ...roundtable, breakoutGroups: groups })).toEqual([
      'breakoutGroups.0.id:roundtable.field.invalidShortId',
      'breakoutGroups.0.capacity:roundtable.field.numberTooSmall',
    ]);
  });

  it('refuses slots or tables on a session other than matchmaking', () => {
    expect(fieldsOf(withSession(1, { tables: [{ id: 't1', label: 'T1' }] }))).toEqual([
      'programme.1.tables:roundtable.field.matchmakingOnly',
    ]);
  });

  it('refuses a slot outside its session, overlapping another, or ending before it starts', () => {
    const slots = [
      { id: 's1', start: '2024-05-10T12:30', end: '2024-05-10T13:20' },
      { id: 's2', start: '2024-05-10T13:30', end: '2024-05-10T14:00' },
      { id: 's3', start: '2024-05-10T13:45', end: '2024-05-10T14:15' },
      { id: 's4', start: '2024-05-10T14:30', end: '2024-05-10T14:20' },
    ];
    expect(fieldsOf(withSession(MATCHMAKING, { slots }))).toEqual([
      `programme.${MATCHMAKING}.slots.0:roundtable.field.slotOutsideSession`,
      `programme.${MATCHMAKING}.slots.2:roundtable.field.slotsOverlap`,
      `programme.${MATCHMAKING}.slots.3.end:event.field.endBeforeStart`,
    ]);
  });

  it('refuses two tables with the same id', () => {
    const tables = [
      { id: 't1', label: 'Table 1' },
      { id: 't1', label: 'Table 1 again' },
    ];
    expect(fieldsOf(withSession(MATCHMAKING, { tables }))).toEqual([
      `programme.${MATCHMAKING}.tables.1.id:event.field.duplicateId`,
    ]);
  });

  it('moves matchmaking slots with their session when a demo event is rebased', () => {
    const parsed = parseEventDefinition(roundtable);
    if (!parsed.ok) throw new Error('example must parse');
    const moved = rebaseDemoEvent(parsed.value, new Date('2024-06-01T00:00:00Z'));
    const session = moved.programme[MATCHMAKING];
    expect(session?.start).toBe('2024-06-21T13:00');
    expect(session?.slots?.[0]?.start).toBe('2024-06-21T13:30');
    expect(fieldsOf(moved)).toEqual([]);
  });
});
