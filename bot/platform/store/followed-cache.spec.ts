import { FollowedCache } from './followed-cache';
import type { SqlClient } from './sql-client';
import { listeningClient } from '../../../tests/support/listening-client';

/** A loader that answers what `next` holds and counts its reads. */
function loader<V>(initial: V | undefined) {
  const state: { next: V | undefined; reads: number } = { next: initial, reads: 0 };
  const load = async () => {
    state.reads += 1;
    return state.next;
  };
  return { state, load };
}

const cacheOf = (db: SqlClient, keepMissing = false) =>
  new FollowedCache<{ title: string }>(db, 'changes', { limit: 3, keepMissing });

describe('FollowedCache', () => {
  it('when many turns read the same key at once, then it is read once', async () => {
    const cache = cacheOf(listeningClient().db);
    const { state, load } = loader({ title: 'A' });
    const [a, b] = await Promise.all([cache.get('e', load), cache.get('e', load)]);
    await cache.get('e', load);
    expect(state.reads).toBe(1);
    expect(a).toBe(b);
  });

  it('when a notice names the key, or notices may have been missed, then it is read again', async () => {
    const { db, notify } = listeningClient();
    const cache = cacheOf(db);
    const { state, load } = loader({ title: 'A' });
    await cache.get('e', load);
    notify('e');
    state.next = { title: 'Renamed' };
    expect((await cache.get('e', load))?.title).toBe('Renamed');
    notify('other');
    await cache.get('e', load);
    expect(state.reads).toBe(2);
    notify(undefined);
    await cache.get('e', load);
    expect(state.reads).toBe(3);
  });

  it('when a change arrives during a read, then the next turn reads again', async () => {
    const { db, notify } = listeningClient();
    const cache = cacheOf(db);
    let release = () => undefined as void;
    let reads = 0;
    const slowLoad = () =>
      new Promise<{ title: string }>((resolve) => {
        reads += 1;
        release = () => resolve({ title: 'A' });
      });
    const during = cache.get('e', slowLoad);
    while (reads === 0) await new Promise((r) => setImmediate(r));
    notify('e');
    release();
    await during;
    const { state, load } = loader({ title: 'B' });
    expect(await cache.get('e', load)).toEqual({ title: 'B' });
    expect(state.reads).toBe(1);
  });

  it('when the read fails, or finds nothing and missing is not kept, then nothing is kept', async () => {
    const cache = cacheOf(listeningClient().db);
    await expect(cache.get('e', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    const { state, load } = loader<{ title: string }>(undefined);
    expect(await cache.get('e', load)).toBeUndefined();
    state.next = { title: 'Created' };
    expect(await cache.get('e', load)).toEqual({ title: 'Created' });
    expect(state.reads).toBe(2);
  });

  it('when missing is kept, then "nothing there" is read once, until a notice', async () => {
    const { db, notify } = listeningClient();
    const cache = cacheOf(db, true);
    const { state, load } = loader<{ title: string }>(undefined);
    expect(await cache.get('p', load)).toBeUndefined();
    expect(await cache.get('p', load)).toBeUndefined();
    expect(state.reads).toBe(1);
    state.next = { title: 'Chosen' };
    notify('p');
    expect(await cache.get('p', load)).toEqual({ title: 'Chosen' });
  });

  it('when the instance cannot listen, then every read goes to the database', async () => {
    const { db, state: client } = listeningClient();
    client.refuse = true;
    const cache = cacheOf(db);
    const { state, load } = loader({ title: 'A' });
    await cache.get('e', load);
    await cache.get('e', load);
    expect(state.reads).toBe(2);
    client.refuse = false;
    await cache.get('e', load);
    await cache.get('e', load);
    expect(state.reads).toBe(3);
  });

  it('when more keys than the limit are read, then the first ones go', async () => {
    const cache = cacheOf(listeningClient().db);
    const { state, load } = loader({ title: 'A' });
    for (const key of ['a', 'b', 'c', 'd']) await cache.get(key, load);
    await cache.get('a', load);
    expect(state.reads).toBe(5);
  });

  it('when more keys than the limit are read, then only the least recently used goes', async () => {
    const cache = cacheOf(listeningClient().db);
    const { state, load } = loader({ title: 'A' });
    for (const key of ['a', 'b', 'c']) await cache.get(key, load);
    await cache.get('a', load); // now the most recently used
    await cache.get('d', load); // full: b goes, not everything
    for (const key of ['a', 'c', 'd']) await cache.get(key, load);
    expect(state.reads).toBe(4);
    await cache.get('b', load);
    expect(state.reads).toBe(5);
  });
});
