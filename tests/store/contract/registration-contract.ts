import type { Store } from '../../../bot/stores';
import type { Registration } from '../../../core/registration/registration';
import { aPerson, aReferenceCode, anEvent } from '../store-fixtures';

/** Registrations: exact round trips, and one per person per event even under racing submits. */
export function registrationContract(store: () => Store): void {
  const newEvent = async () => {
    const event = anEvent();
    await store().events.upsert(event);
    return event.id;
  };

  it('when a registration is created, then every read returns exactly what was written', async () => {
    const registration = aPerson(await newEvent());
    const { eventId, tenantId, aadObjectId } = registration;
    expect(await store().registrations.create(registration)).toStrictEqual({
      created: true,
      registration,
    });
    expect(await store().registrations.findByUser(eventId, tenantId, aadObjectId)).toStrictEqual(
      registration,
    );
    expect(await store().registrations.listByUser(tenantId, aadObjectId)).toStrictEqual([
      registration,
    ]);
    expect(await store().registrations.listForEvent(eventId)).toStrictEqual([registration]);
    expect(await store().registrations.statusByUser(eventId, tenantId, aadObjectId)).toBe(
      registration.status,
    );
  });

  it('when the status was asked before the person registered, then it is known right after', async () => {
    const registration = aPerson(await newEvent());
    const { eventId, tenantId, aadObjectId } = registration;
    const status = () => store().registrations.statusByUser(eventId, tenantId, aadObjectId);
    expect(await status()).toBeUndefined();
    await store().registrations.create(registration);
    expect(await status()).toBe('pending');
    await store().registrations.update({ ...registration, status: 'withdrawn', version: 2 });
    expect(await status()).toBe('withdrawn');
  });

  it('when optional fields are absent, then they come back absent, not undefined', async () => {
    const { group: _g, accessibilityNeeds: _a, ...plain } = aPerson(await newEvent());
    const registration: Registration = { ...plain, wishesToSpeak: false, questionIds: [] };
    await store().registrations.create(registration);
    const read = await store().registrations.findByUser(
      registration.eventId,
      registration.tenantId,
      registration.aadObjectId,
    );
    // toStrictEqual tells a missing key from one set to undefined.
    expect(read).toStrictEqual(registration);
  });

  it('when a person is unknown, then findByUser is undefined and the lists are empty', async () => {
    const eventId = await newEvent();
    expect(await store().registrations.findByUser(eventId, 'tenant-x', 'nobody')).toBeUndefined();
    expect(await store().registrations.statusByUser(eventId, 'tenant-x', 'nobody')).toBeUndefined();
    expect(await store().registrations.listByUser('tenant-x', 'nobody')).toEqual([]);
    expect(await store().registrations.listForEvent(eventId)).toEqual([]);
  });

  it('when a person registers for two events, then listByUser returns both, oldest first', async () => {
    const first = aPerson(await newEvent(), { createdAt: new Date('2024-02-01T08:00:00Z') });
    const second = {
      ...aPerson(await newEvent(), { createdAt: new Date('2024-01-01T08:00:00Z') }),
      tenantId: first.tenantId,
      aadObjectId: first.aadObjectId,
    };
    await store().registrations.create(first);
    await store().registrations.create(second);
    const someoneElse = aPerson(first.eventId);
    await store().registrations.create(someoneElse);
    expect(await store().registrations.listByUser(first.tenantId, first.aadObjectId)).toStrictEqual(
      [second, first],
    );
    expect(await store().registrations.listForEvent(first.eventId)).toHaveLength(2);
  });

  it('when the same person registers again, then the first registration is returned', async () => {
    const first = aPerson(await newEvent());
    await store().registrations.create(first);
    const again = { ...first, id: aPerson(first.eventId).id, referenceCode: aReferenceCode() };
    expect(await store().registrations.create(again)).toStrictEqual({
      created: false,
      existing: first,
    });
  });

  it('when 20 submits of one person race, then one row exists and all get it back', async () => {
    const base = aPerson(await newEvent());
    const attempts = Array.from({ length: 20 }, () => ({
      ...base,
      id: aPerson(base.eventId).id,
      referenceCode: aReferenceCode(),
    }));
    const results = await Promise.all(attempts.map((a) => store().registrations.create(a)));
    const winners = results.flatMap((r) => (r.created ? [r.registration] : []));
    expect(winners).toHaveLength(1);
    const returned = results.map((r) =>
      'existing' in r ? r.existing : r.created && r.registration,
    );
    if (returned.some((r) => !r)) throw new Error('a racing submit was told its code was taken');
    expect(new Set(returned.map((r) => r && r.id))).toEqual(new Set([winners[0]?.id]));
    expect(await store().registrations.listForEvent(base.eventId)).toStrictEqual([winners[0]]);
  });

  it('when another person already holds the reference code, then creation says so and writes nothing', async () => {
    const first = aPerson(await newEvent());
    await store().registrations.create(first);
    const other = { ...aPerson(first.eventId), referenceCode: first.referenceCode };
    expect(await store().registrations.create(other)).toStrictEqual({
      created: false,
      referenceTaken: true,
    });
    expect(await store().registrations.listForEvent(first.eventId)).toStrictEqual([first]);
  });
}
