import {
  applyCommand,
  emptyQueue,
  type Actor,
  type QueueCommand,
  type SpeakingQueue,
} from '../../../core/speaking-queue';
import type { QueueChange, Store } from '../../../bot/store/store';
import { anEvent } from '../store-fixtures';

const chair: Actor = { role: 'chair', userId: 'chair-1', name: 'The Chair' };
const AT = new Date('2024-02-28T14:05:00Z');

type Unbased<C> = C extends QueueCommand ? Omit<C, 'baseVersion'> : never;

/** The result of one chair command on `state`, as the service would save it. */
function step(state: SpeakingQueue, command: Unbased<QueueCommand>) {
  const result = applyCommand(
    state,
    { ...command, baseVersion: state.version } as QueueCommand,
    chair,
    AT,
  );
  if (!result.ok) throw new Error(`command refused: ${result.error.key}`);
  return result;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

/** Speaking queues: versioned saves, the audit log, and change notices after commit. */
export function queueContract(store: () => Store): void {
  async function newQueue() {
    const event = anEvent();
    await store().events.upsert(event);
    return { event, queue: emptyQueue(event.id, event) };
  }
  const speaker = { name: 'Amina Diallo', organization: 'Digital Rights Coalition' };

  it('when a queue is saved, then it reads back whole and its audit record is kept', async () => {
    const { event, queue } = await newQueue();
    const added = step(queue, { type: 'add', speaker });
    expect(await store().queues.save(event.id, added.state, added.audit, 0)).toBe('saved');
    expect(await store().queues.get(event.id)).toStrictEqual(added.state);
    expect(await store().queues.audit(event.id)).toStrictEqual([added.audit]);
  });

  it('when two saves are based on the same version, then the second is stale and writes nothing', async () => {
    const { event, queue } = await newQueue();
    const first = step(queue, { type: 'add', speaker });
    await store().queues.save(event.id, first.state, first.audit, 0);
    const a = step(first.state, { type: 'closeList' });
    const b = step(first.state, { type: 'add', speaker: { ...speaker, name: 'Other Person' } });
    const results = await Promise.all([
      store().queues.save(event.id, a.state, a.audit, first.state.version),
      store().queues.save(event.id, b.state, b.audit, first.state.version),
    ]);
    expect([...results].sort()).toEqual(['saved', 'stale']);
    const winner = results[0] === 'saved' ? a : b;
    expect(await store().queues.get(event.id)).toStrictEqual(winner.state);
    expect((await store().queues.audit(event.id)).map((r) => r.action)).toEqual([
      first.audit.action,
      winner.audit.action,
    ]);
  });

  it('when a first save races another first save, then only one creates the queue', async () => {
    const { event, queue } = await newQueue();
    const a = step(queue, { type: 'add', speaker });
    const b = step(queue, { type: 'closeList' });
    const results = await Promise.all([
      store().queues.save(event.id, a.state, a.audit, 0),
      store().queues.save(event.id, b.state, b.audit, 0),
    ]);
    expect([...results].sort()).toEqual(['saved', 'stale']);
  });

  it('when a queue for an unknown event is saved, then the database refuses it', async () => {
    const queue = emptyQueue('no-such-event', anEvent());
    const added = step(queue, { type: 'add', speaker });
    await expect(
      store().queues.save('no-such-event', added.state, added.audit, 0),
    ).rejects.toThrow();
    expect(await store().queues.get('no-such-event')).toBeUndefined();
  });

  it('when a change is committed, then listeners hear its meeting and version; a stale save says nothing', async () => {
    const { event, queue } = await newQueue();
    const heard: Array<QueueChange | undefined> = [];
    const stop = await store().queues.onChange((change) => heard.push(change));
    try {
      const added = step(queue, { type: 'add', speaker });
      await store().queues.save(event.id, added.state, added.audit, 0);
      await store().queues.save(event.id, added.state, added.audit, 0);
      const mine = () => heard.filter((c) => c?.meetingId === event.id);
      await until(() => mine().length >= 1, 'the change notice');
      await new Promise((r) => setTimeout(r, 100));
      expect(mine()).toEqual([{ meetingId: event.id, version: added.state.version }]);
    } finally {
      await stop();
    }
  });
}
