import { aRegistration } from '../testing/registration-fixtures';
import { diffAttendees, isEmptyDiff } from './attendee-diff';
import { attendeesFromRegistrations } from './meeting-attendees';

const a = (email: string, name = email) => ({ email, name });

describe('diffAttendees', () => {
  it('keeps stayers in order, appends newcomers and lists who is removed', () => {
    const diff = diffAttendees([a('x@e.org'), a('y@e.org')], [a('z@e.org'), a('y@e.org')]);

    expect(diff.added).toEqual([a('z@e.org')]);
    expect(diff.removed).toEqual([a('x@e.org')]);
    expect(diff.patch.attendees.map((g) => g.emailAddress.address)).toEqual(['y@e.org', 'z@e.org']);
  });

  it('treats emails case-insensitively and ignores name changes', () => {
    const diff = diffAttendees([a('X@e.org', 'Old')], [a('x@e.org', 'New')]);
    expect(isEmptyDiff(diff)).toBe(true);
  });
});

describe('attendeesFromRegistrations', () => {
  it('invites confirmed people only, once per email, in registration order', () => {
    const regs = [
      aRegistration({ id: '2', status: 'confirmed', email: 'b@e.org', createdAt: new Date(2) }),
      aRegistration({ id: '1', status: 'confirmed', email: 'A@e.org', createdAt: new Date(1) }),
      aRegistration({ id: '3', status: 'pending', email: 'c@e.org', createdAt: new Date(3) }),
      aRegistration({ id: '4', status: 'confirmed', email: 'a@e.org', createdAt: new Date(4) }),
      aRegistration({ id: '5', status: 'withdrawn', email: 'd@e.org', createdAt: new Date(5) }),
    ];

    expect(attendeesFromRegistrations(regs).map((x) => x.email)).toEqual(['a@e.org', 'b@e.org']);
    expect(attendeesFromRegistrations(regs)[0]?.name).toBe('Amina Diallo');
  });
});
