import {
  applyCommand,
  emptyQueue,
  type Actor,
  type QueueCommand,
  type SpeakingQueue,
} from '../../../core/speaking-queue';
import type { QueueChange, Store } from '../../../bot/stores';
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
    expect(await store().queues.get(event.id, queue.sessionId)).toStrictEqual(added.state);
    expect(await store().queues.audit(event.id, queue.sessionId)).toStrictEqual([added.audit]);
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
    expect(await store().queues.get(event.id, queue.sessionId)).toStrictEqual(winner.state);
    expect((await store().queues.audit(event.id, queue.sessionId)).map((r) => r.action)).toEqual([
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
    expect(await store().queues.get('no-such-event', queue.sessionId)).toBeUndefined();
  });

  it('when a change is committed, then listeners hear its meeting and version; a stale save says nothing', async () => {
    const { event, queue } = await newQueue();
    const heard: Array<QueueChange | undefined> = [];
    const stop = await store().queues.onChange((change) => heard.push(change));
    try {
      const added = step(queue, { type: 'add', speaker });
      await store().queues.save(event.id, added.state, added.audit, 0);
      await store().queues.save(event.id, added.state, added.audit, 0);
      const mine = () => heard.filter((c) => c?.kind === 'queue' && c.meetingId === event.id);
      await until(() => mine().length >= 1, 'the change notice');
      await new Promise((r) => setTimeout(r, 100));
      expect(mine()).toEqual([
        { kind: 'queue', meetingId: event.id, sessionId: 'main', version: added.state.version },
      ]);
    } finally {
      await stop();
    }
  });
  it('when two sessions of one event have lists, then each keeps its own speakers and audit', async () => {
    const { event } = await newQueue();
    const panel = emptyQueue(event.id, event, { id: 'panel-1', speakingSeconds: 120 });
    const plenary = emptyQueue(event.id, event, { id: 'plenary', speakingSeconds: 180 });
    const onPanel = step(panel, { type: 'add', speaker });
    const onPlenary = step(plenary, { type: 'add', speaker: { ...speaker, name: 'Kenji Sato' } });
    expect(await store().queues.save(event.id, onPanel.state, onPanel.audit, 0)).toBe('saved');
    expect(await store().queues.save(event.id, onPlenary.state, onPlenary.audit, 0)).toBe('saved');
    expect(await store().queues.get(event.id, 'panel-1')).toStrictEqual(onPanel.state);
    expect(await store().queues.get(event.id, 'plenary')).toStrictEqual(onPlenary.state);
    expect(await store().queues.audit(event.id, 'plenary')).toStrictEqual([onPlenary.audit]);
    expect((await store().queues.ofEvent(event.id)).map((q) => q.sessionId).sort()).toEqual([
      'panel-1',
      'plenary',
    ]);
    expect(await store().queues.get(event.id, 'closing')).toBeUndefined();
  });

  it('when the chair chooses a session, then it reads back and listeners hear of it', async () => {
    const { event } = await newQueue();
    const heard: Array<QueueChange | undefined> = [];
    const stop = await store().queues.onChange((change) => heard.push(change));
    try {
      expect(await store().queues.chosen(event.id)).toBeUndefined();
      const first = { eventId: event.id, sessionId: 'panel-1', chosenBy: 'chair-1', at: AT };
      await store().queues.choose(first);
      const later = { ...first, sessionId: 'plenary', at: new Date(AT.getTime() + 60_000) };
      await store().queues.choose(later);
      expect(await store().queues.chosen(event.id)).toStrictEqual(later);
      const mine = () => heard.filter((c) => c?.kind === 'chosen' && c.eventId === event.id);
      await until(() => mine().length >= 2, 'the choice notices');
      expect(mine().map((c) => c?.sessionId)).toEqual(['panel-1', 'plenary']);
    } finally {
      await stop();
    }
  });
}
