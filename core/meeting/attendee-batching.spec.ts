import { ATTENDEE_PATCH_INTERVAL_MS, capAttendees, planAttendeeSync } from './attendee-batching';

const people = (n: number, prefix = 'p') =>
  Array.from({ length: n }, (_, i) => ({ email: `${prefix}${i}@e.org`, name: `${prefix}${i}` }));
const now = new Date('2024-02-20T10:00:00Z');

describe('planAttendeeSync', () => {
  it('sends at once when nothing was sent before', () => {
    const plan = planAttendeeSync({ invited: [], wanted: people(2), now });
    expect(plan.kind).toBe('send');
  });

  it('waits when the last PATCH was too recent, coalescing the burst', () => {
    const lastSentAt = new Date(now.getTime() - 1000);
    const plan = planAttendeeSync({ invited: [], wanted: people(2), lastSentAt, now });
    expect(plan).toEqual({
      kind: 'wait',
      until: new Date(lastSentAt.getTime() + ATTENDEE_PATCH_INTERVAL_MS),
    });
  });

  it('does nothing when the list is already right', () => {
    const plan = planAttendeeSync({ invited: people(3), wanted: people(3), now });
    expect(plan).toEqual({ kind: 'upToDate', overflow: [] });
  });

  it('keeps invited people when the 500 cap is reached and reports the overflow', () => {
    const invited = people(499);
    const wanted = [...people(3, 'new'), ...invited];

    const plan = planAttendeeSync({ invited, wanted, now });

    expect(plan.kind).toBe('send');
    if (plan.kind !== 'send') return;
    expect(plan.diff.patch.attendees).toHaveLength(500);
    expect(plan.diff.added.map((x) => x.email)).toEqual(['new0@e.org']);
    expect(plan.overflow.map((x) => x.email)).toEqual(['new1@e.org', 'new2@e.org']);
  });
});

describe('capAttendees', () => {
  it('splits at the cap', () => {
    expect(capAttendees([], people(3), 2).overflow).toEqual([people(3)[2]]);
  });
});
