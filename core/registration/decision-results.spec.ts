import type { Registration, RegistrationStatus } from './registration';
import { decisionResults } from './decision-results';
import { decideStatusChanges } from './status-decision';
import { aRegistration } from '../testing/registration-fixtures';

const now = new Date('2024-02-21T09:00:00Z');
const people = (statuses: RegistrationStatus[]): Registration[] =>
  statuses.map((status, i) =>
    aRegistration({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      aadObjectId: `user-${i}`,
      referenceCode: `REG-AAAA-000${i}`,
      status,
      createdAt: new Date(Date.UTC(2024, 1, 20, 10, i)),
    }),
  );

describe('decisionResults', () => {
  it('tells each registration apart: changed, waitlisted for want of room, withdrawn, conflict', () => {
    const all = people(['confirmed', 'pending', 'pending', 'withdrawn', 'pending']);
    const targets = all.slice(1);
    const decision = decideStatusChanges(all, targets, 'confirm', 2, now);
    const conflicted = new Set([all[4]!.id]);
    expect(
      decisionResults(decision, 'confirm', conflicted).map((r) => [
        r.referenceCode,
        r.before,
        r.after,
        r.result,
      ]),
    ).toEqual([
      ['REG-AAAA-0001', 'pending', 'confirmed', 'changed'],
      ['REG-AAAA-0002', 'pending', 'waitlisted', 'waitlistedFull'],
      ['REG-AAAA-0004', 'pending', 'pending', 'conflict'],
      ['REG-AAAA-0003', 'withdrawn', 'withdrawn', 'withdrawn'],
    ]);
  });

  it('reports a waitlisting asked for as a plain change', () => {
    const all = people(['pending']);
    const decision = decideStatusChanges(all, all, 'waitlist', 0, now);
    expect(decisionResults(decision, 'waitlist', new Set())[0]?.result).toBe('changed');
  });
});
