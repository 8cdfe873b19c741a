import { randomUUID } from 'node:crypto';
import type { Participation, Store } from '../../../bot/stores';
import type { Registration } from '../../../core/registration/registration';
import { aPerson, anEvent } from '../store-fixtures';

/** Transactions: a registration and the details saved with it are kept together or not at all. */
export function transactionContract(store: () => Store): void {
  const newEvent = async () => {
    const event = anEvent();
    await store().events.upsert(event);
    return event.id;
  };
  const detailsOf = (registration: Registration): Participation => ({
    registrationId: registration.id,
    eventId: registration.eventId,
    thematicAreaIds: [],
    regionIds: [],
    breakoutChoices: ['breakout-a'],
    updatedAt: new Date('2024-02-20T10:16:00.000Z'),
  });

  it('when the work returns, then the registration and its details are both kept', async () => {
    const registration = aPerson(await newEvent());
    const result = await store().transaction(async (tx) => {
      const created = await tx.registrations.create(registration);
      await tx.roundtable.participation.save(detailsOf(registration));
      return created;
    });
    expect(result).toStrictEqual({ created: true, registration });
    expect(await store().registrations.listForEvent(registration.eventId)).toStrictEqual([
      registration,
    ]);
    expect(await store().roundtable.participation.get(registration.id)).toStrictEqual(
      detailsOf(registration),
    );
  });

  it('when the work throws after creating a registration, then nothing is kept and the error comes through', async () => {
    const registration = aPerson(await newEvent());
    const fault = new Error('details could not be saved');
    await expect(
      store().transaction(async (tx) => {
        await tx.registrations.create(registration);
        await tx.roundtable.participation.save(detailsOf(registration));
        throw fault;
      }),
    ).rejects.toBe(fault);
    expect(await store().registrations.listForEvent(registration.eventId)).toStrictEqual([]);
    expect(await store().roundtable.participation.get(registration.id)).toBeUndefined();
    expect(await store().registrations.create(registration)).toStrictEqual({
      created: true,
      registration,
    });
  });

  it('when a statement fails (an unknown registration) inside the work, then the registration written before it is not kept', async () => {
    const registration = aPerson(await newEvent());
    const broken = { ...detailsOf(registration), registrationId: randomUUID() };
    await expect(
      store().transaction(async (tx) => {
        await tx.registrations.create(registration);
        await tx.roundtable.participation.save(broken);
      }),
    ).rejects.toThrow();
    expect(await store().registrations.listForEvent(registration.eventId)).toStrictEqual([]);
  });

  it('when a reference code is taken inside a transaction, then another draw is saved in the same one', async () => {
    const first = aPerson(await newEvent());
    await store().registrations.create(first);
    const clash = { ...aPerson(first.eventId), referenceCode: first.referenceCode };
    const retried = { ...clash, referenceCode: aPerson(first.eventId).referenceCode };
    const results = await store().transaction(async (tx) => [
      await tx.registrations.create(clash),
      await tx.registrations.create(retried),
      await tx.roundtable.participation.save(detailsOf(retried)),
    ]);
    expect(results.slice(0, 2)).toStrictEqual([
      { created: false, referenceTaken: true },
      { created: true, registration: retried },
    ]);
    const stored = await store().registrations.listForEvent(first.eventId);
    expect(stored.map((r) => r.id).sort()).toStrictEqual([first.id, retried.id].sort());
  });
}
