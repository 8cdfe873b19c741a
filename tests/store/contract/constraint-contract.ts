import type { Store } from '../../../bot/stores';
import type { Registration } from '../../../core/registration/registration';
import { REGISTRATION_LIMITS } from '../../../core/registration/registration-limits';
import { aPerson, anEvent } from '../store-fixtures';

/** The database's own checks, a second line of defence behind the validation in core. */
export function constraintContract(store: () => Store): void {
  const refused: Array<[string, (r: Registration) => Registration]> = [
    ['an unknown status', (r) => ({ ...r, status: 'approved' as Registration['status'] })],
    ['an email over the limit', (r) => ({ ...r, email: `${'a'.repeat(250)}@example.org` })],
    [
      'a name over the limit',
      (r) => ({ ...r, givenName: 'x'.repeat(REGISTRATION_LIMITS.name + 1) }),
    ],
    ['a lower-case country code', (r) => ({ ...r, country: 'sn' })],
    ['consent not given', (r) => ({ ...r, consent: false as true })],
    [
      'too many group members',
      (r) => ({ ...r, group: { name: 'G', members: Array.from({ length: 51 }, () => 'm') } }),
    ],
  ];

  it.each(refused)('when a registration has %s, then the database refuses it', async (_, bad) => {
    const event = anEvent();
    await store().events.upsert(event);
    const registration = bad(aPerson(event.id));
    await expect(store().registrations.create(registration)).rejects.toThrow();
    expect(
      await store().registrations.findByUser(
        registration.eventId,
        registration.tenantId,
        registration.aadObjectId,
      ),
    ).toBeUndefined();
  });

  it('when a registration names an unknown event, then the database refuses it', async () => {
    await expect(store().registrations.create(aPerson(anEvent().id))).rejects.toThrow();
  });

  it('when the database answers, then ping resolves', async () => {
    await expect(store().ping()).resolves.toBeUndefined();
  });
}
