import type { Registration, RegistrationStatus } from './registration';
import { capacityEffect, parseCapacityRequest, readCapacity } from './capacity-rule';
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

describe('readCapacity', () => {
  it('when a whole number or "none" is typed, then it is the capacity or no limit', () => {
    expect(readCapacity(' 40 ')).toEqual({ ok: true, capacity: 40 });
    expect(readCapacity('0')).toEqual({ ok: true, capacity: 0 });
    expect(readCapacity('None')).toEqual({ ok: true, capacity: undefined });
  });

  it('when anything else is typed, then it is refused with the reason', () => {
    for (const typed of ['', 'forty', '4.5', '-3', '1e3'])
      expect(readCapacity(typed)).toEqual({ ok: false, key: 'tab.desk.capacity.notNumber' });
    expect(readCapacity('1000000')).toEqual({ ok: false, key: 'tab.desk.capacity.tooLarge' });
  });

  it('when the desk sends a body, then only a whole number in range or null is taken', () => {
    expect(parseCapacityRequest({ capacity: 12 })).toEqual({ ok: true, capacity: 12 });
    expect(parseCapacityRequest({ capacity: null })).toEqual({ ok: true, capacity: undefined });
    expect(parseCapacityRequest({ capacity: '12' })).toMatchObject({ ok: false });
    expect(parseCapacityRequest({ capacity: 2.5 })).toMatchObject({ ok: false });
    expect(parseCapacityRequest({})).toMatchObject({ key: 'tab.desk.capacity.notNumber' });
    expect(parseCapacityRequest({ capacity: 10 ** 6 })).toMatchObject({
      key: 'tab.desk.capacity.tooLarge',
    });
  });
});

describe('capacityEffect', () => {
  it('when a capacity leaves room for some pending, then it says how many get a place and how many wait', () => {
    const all = people(['confirmed', 'confirmed', 'pending', 'pending', 'pending', 'waitlisted']);
    expect(capacityEffect(all, 3, now)).toEqual({
      capacity: 3,
      confirmed: 2,
      over: 0,
      free: 1,
      pending: 3,
      wouldConfirm: 1,
      wouldWaitlist: 2,
      waitlisted: 1,
    });
  });

  it('when the capacity is below those confirmed, then no one is moved and no one more would be confirmed', () => {
    const all = people(['confirmed', 'confirmed', 'confirmed', 'pending']);
    expect(capacityEffect(all, 1, now)).toMatchObject({
      confirmed: 3,
      over: 2,
      free: 0,
      wouldConfirm: 0,
      wouldWaitlist: 1,
    });
  });

  it('when there is no limit, then every pending would be confirmed', () => {
    const all = people(['confirmed', 'pending', 'pending']);
    expect(capacityEffect(all, undefined, now)).toMatchObject({
      free: undefined,
      wouldConfirm: 2,
      wouldWaitlist: 0,
    });
  });
});
