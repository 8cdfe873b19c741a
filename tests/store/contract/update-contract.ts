import type { Store } from '../../../bot/stores';
import type { Registration } from '../../../core/registration/registration';
import { aPerson, anEvent } from '../store-fixtures';

/** Optimistic concurrency: an update names the version it was based on, a stale one fails. */
export function updateContract(store: () => Store): void {
  const stored = async (): Promise<Registration> => {
    const event = anEvent();
    await store().events.upsert(event);
    const registration = aPerson(event.id);
    await store().registrations.create(registration);
    return registration;
  };
  const reread = (r: Registration) =>
    store().registrations.findByUser(r.eventId, r.tenantId, r.aadObjectId);

  it('when the update follows the stored version, then it is saved and returned', async () => {
    const current = await stored();
    const { group: _group, ...withoutGroup } = current;
    const next: Registration = {
      ...withoutGroup,
      version: 2,
      status: 'withdrawn',
      email: 'new.address@example.org',
      questionIds: ['q2'],
      wishesToSpeak: false,
      updatedAt: new Date('2024-02-21T09:00:00.456Z'),
    };
    expect(await store().registrations.update(next)).toStrictEqual(next);
    expect(await reread(current)).toStrictEqual(next);
  });

  it('when the update is based on a stale version, then it is a conflict and nothing changes', async () => {
    const current = await stored();
    await store().registrations.update({ ...current, version: 2, status: 'confirmed' });
    const stale = { ...current, version: 2, status: 'declined' as const, givenName: 'Stale' };
    expect(await store().registrations.update(stale)).toBe('conflict');
    expect(await reread(current)).toStrictEqual({ ...current, version: 2, status: 'confirmed' });
  });

  it('when the update skips a version, then it is a conflict', async () => {
    const current = await stored();
    expect(await store().registrations.update({ ...current, version: 3 })).toBe('conflict');
    expect(await reread(current)).toStrictEqual(current);
  });

  it('when two updates from one version race, then exactly one is saved', async () => {
    const current = await stored();
    const outcomes = await Promise.all(
      (['confirmed', 'waitlisted'] as const).map((status) =>
        store().registrations.update({ ...current, version: 2, status }),
      ),
    );
    const saved = outcomes.filter((o) => o !== 'conflict');
    expect(saved).toHaveLength(1);
    expect(await reread(current)).toStrictEqual(saved[0]);
  });

  it('when the registration does not exist, then the update is a conflict', async () => {
    const event = anEvent();
    await store().events.upsert(event);
    expect(await store().registrations.update({ ...aPerson(event.id), version: 2 })).toBe(
      'conflict',
    );
  });
}
