import type { EventDefinition } from '../../core/event/event';
import { seedDialogue } from '../../core/testing/registration-fixtures';
import { EventCache } from './event-cache';

/** A loader that answers what `next` holds and counts its reads. */
function loader(initial = seedDialogue()) {
  const state: { next: EventDefinition | undefined; reads: number } = { next: initial, reads: 0 };
  const load = async () => {
    state.reads += 1;
    return state.next && { ...state.next };
  };
  return { state, load };
}

describe('EventCache', () => {
  it('when many turns read the same event at once, then it is read once', async () => {
    const cache = new EventCache();
    const { state, load } = loader();
    const [a, b] = await Promise.all([cache.get('e', load), cache.get('e', load)]);
    await cache.get('e', load);
    expect(state.reads).toBe(1);
    expect(a).toBe(b);
  });

  it('when the event changes, or changes may have been missed, then it is read again', async () => {
    const cache = new EventCache();
    const { state, load } = loader();
    await cache.get('e', load);
    cache.changed('e');
    state.next = { ...seedDialogue(), title: 'Renamed' };
    expect((await cache.get('e', load))?.title).toBe('Renamed');
    cache.changed(undefined);
    await cache.get('e', load);
    expect(state.reads).toBe(3);
  });

  it('when a change arrives during a read, then the next turn reads again', async () => {
    const cache = new EventCache();
    const { state, load } = loader();
    const during = cache.get('e', load);
    cache.changed('e');
    await during;
    await cache.get('e', load);
    expect(state.reads).toBe(2);
  });

  it('when the read fails or finds nothing, then nothing is kept', async () => {
    const cache = new EventCache();
    await expect(cache.get('e', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    const { state, load } = loader();
    state.next = undefined;
    expect(await cache.get('e', load)).toBeUndefined();
    state.next = seedDialogue();
    expect(await cache.get('e', load)).toBeDefined();
    expect(state.reads).toBe(2);
  });
});
