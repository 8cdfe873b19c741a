import type { Store } from '../../../bot/stores';
import { anEvent } from '../store-fixtures';

/** Event definitions: stored whole, replaced by id, listed in id order. */
export function eventContract(store: () => Store): void {
  it('when an event is upserted, then get returns exactly the definition written', async () => {
    const event = anEvent({ title: 'Dialogue «numérique» — 対話', venue: 'Room B' });
    await store().events.upsert(event);
    expect(await store().events.get(event.id)).toStrictEqual(event);
  });

  it('when an event is upserted again, then the new definition replaces the old', async () => {
    const event = anEvent();
    await store().events.upsert(event);
    const changed = { ...event, title: 'Renamed', defaultSpeakingTimeSeconds: 150 };
    await store().events.upsert(changed);
    expect(await store().events.get(event.id)).toStrictEqual(changed);
    const ids = (await store().events.list()).map((e) => e.id);
    expect(ids.filter((id) => id === event.id)).toHaveLength(1);
  });

  it('when events are listed, then each appears whole, in id order', async () => {
    const later = anEvent({ id: `zz-${anEvent().id}` });
    const earlier = anEvent({ id: `aa-${anEvent().id}` });
    await store().events.upsert(later);
    await store().events.upsert(earlier);
    const mine = (await store().events.list()).filter((e) => [later.id, earlier.id].includes(e.id));
    expect(mine).toStrictEqual([earlier, later]);
  });

  it('when an event is unknown, then get returns undefined', async () => {
    expect(await store().events.get(anEvent().id)).toBeUndefined();
  });
}
