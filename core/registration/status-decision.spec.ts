import type { Registration, RegistrationStatus } from './registration';
import { decideStatusChanges } from './status-decision';
import { aRegistration } from '../testing/registration-fixtures';

const now = new Date('2024-02-21T09:00:00Z');
const people = (statuses: RegistrationStatus[]): Registration[] =>
  statuses.map((status, i) =>
    aRegistration({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      aadObjectId: `user-${i}`,
      status,
      createdAt: new Date(Date.UTC(2024, 1, 20, 10, i)),
    }),
  );

describe('decideStatusChanges', () => {
  it('confirms pending registrations and counts a new version', () => {
    const all = people(['pending', 'pending']);
    const { changes } = decideStatusChanges(all, all, 'confirm', undefined, now);
    expect(changes.map((c) => [c.next.status, c.next.version, c.next.updatedAt])).toEqual([
      ['confirmed', 2, now],
      ['confirmed', 2, now],
    ]);
  });

  it('waitlists confirmations beyond the capacity, first registered first confirmed', () => {
    const all = people(['confirmed', 'pending', 'pending', 'pending']);
    const targets = [all[3]!, all[1]!, all[2]!];
    const { changes } = decideStatusChanges(all, targets, 'confirm', 3, now);
    expect(changes.map((c) => [c.next.aadObjectId, c.next.status])).toEqual([
      ['user-1', 'confirmed'],
      ['user-2', 'confirmed'],
      ['user-3', 'waitlisted'],
    ]);
  });

  it('leaves the waitlisted on the waitlist while the event is full, saying why', () => {
    const all = people(['confirmed', 'waitlisted']);
    const decision = decideStatusChanges(all, [all[1]!], 'confirm', 1, now);
    expect(decision.changes).toEqual([]);
    expect(decision.unchanged.map((u) => u.reason)).toEqual(['full']);
  });

  it('frees a seat when a confirmed person is declined in the same decision', () => {
    const all = people(['confirmed', 'pending']);
    const declined = decideStatusChanges(all, [all[0]!], 'decline', 1, now);
    const after = [declined.changes[0]!.next, all[1]!];
    const confirmed = decideStatusChanges(after, [all[1]!], 'confirm', 1, now);
    expect(confirmed.changes[0]?.next.status).toBe('confirmed');
  });

  it('never changes a withdrawn registration and skips one already in the status', () => {
    const all = people(['withdrawn', 'declined']);
    const decision = decideStatusChanges(all, all, 'decline', undefined, now);
    expect(decision.changes).toEqual([]);
    expect(decision.unchanged.map((u) => u.reason)).toEqual(['withdrawn', 'alreadyThere']);
  });
});
