import { personKey } from './person-key';
import {
  findEntry,
  forScreens,
  nextUndo,
  positionOf,
  speakingEntry,
  upcoming,
} from './queue-views';
import { accept, withRequests } from '../testing/queue-fixtures';

describe('queue views', () => {
  const state = accept(withRequests(4), { type: 'callNext' }).state;

  it('lists the next speakers, never the one at the microphone', () => {
    expect(upcoming(state, 2).map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(upcoming(state, 10)).toHaveLength(3);
    expect(upcoming(state, -1)).toEqual([]);
  });

  it("gives a person's place among the waiting turns, or null", () => {
    expect(positionOf(state, 'registration:reg-3')).toBe(2);
    expect(positionOf(state, 'registration:reg-1')).toBeNull();
    expect(positionOf(state, 'registration:nobody')).toBeNull();
  });

  it('finds a chair-added guest by the key of their name and organization', () => {
    const added = accept(state, {
      type: 'add',
      speaker: { name: 'José Ruiz', organization: 'UNEP' },
      position: 1,
    }).state;
    expect(positionOf(added, personKey({ name: 'jose  ruiz', organization: 'unep' }))).toBe(1);
  });

  it('finds the speaker and an entry by id', () => {
    expect(speakingEntry(state)?.id).toBe('e1');
    expect(findEntry(state, 'e4')?.speaker.name).toBe('Person 4');
    expect(findEntry(state, 'e9')).toBeUndefined();
  });

  it('sends screens the queue without the undo history, keeping what the undo button shows', () => {
    const moved = accept(withRequests(3), { type: 'move', entryId: 'e3', position: 1 }).state;
    const removed = accept(moved, { type: 'remove', entryId: 'e2' }).state;
    const shown = forScreens(removed);
    expect(shown.entries).toBe(removed.entries);
    expect(shown.undo).toHaveLength(1);
    expect(shown.undo[0]).toMatchObject({ changed: [], added: [] });
    expect(shown.undo[0]).not.toHaveProperty('orderBefore');
    expect(nextUndo(shown)).toEqual(nextUndo(removed));
    expect(removed.undo).toHaveLength(2);
  });
});
