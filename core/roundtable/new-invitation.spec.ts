import { isCountryCode } from '../registration/countries';
import { invitationsToAllStates, newInvitation } from './new-invitation';
import { SENT_AT } from '../testing/invitation-fixtures';
import { UN_MEMBER_STATES, UN_OBSERVER_STATES } from './un-states';

const kindOf = (code: string) => {
  const made = newInvitation('e', code, SENT_AT);
  return made.ok ? made.invitation.stateKind : made.errors.map((e) => `${e.field}:${e.key}`);
};

describe('newInvitation', () => {
  it('invites Member States and the two Observer States, whatever the case typed', () => {
    expect(kindOf('fr')).toBe('memberState');
    expect(kindOf('SS')).toBe('memberState');
    expect(kindOf('VA')).toBe('observerState');
    expect(kindOf('PS')).toBe('observerState');
  });

  it('refuses territories and unknown codes', () => {
    for (const code of ['PR', 'HK', 'TW', 'XK', 'XX', '']) {
      expect(kindOf(code)).toEqual(['stateCode:roundtable.field.unknownState']);
    }
  });

  it('refuses an invalid sending date', () => {
    const made = newInvitation('e', 'FR', new Date('not a date'));
    expect(made.ok ? [] : made.errors.map((e) => e.key)).toEqual(['roundtable.field.invalidDate']);
  });

  it('starts without an answer, at version 1', () => {
    const made = newInvitation('e', 'KE', SENT_AT);
    expect(made.ok && made.invitation).toEqual({
      eventId: 'e',
      stateCode: 'KE',
      stateKind: 'memberState',
      sentAt: SENT_AT,
      answer: { status: 'noAnswer' },
      version: 1,
      updatedAt: SENT_AT,
    });
  });
});

describe('UN States', () => {
  it('lists 193 distinct Member States and 2 Observer States, all assigned ISO codes', () => {
    expect(new Set(UN_MEMBER_STATES).size).toBe(193);
    const all = [...UN_MEMBER_STATES, ...UN_OBSERVER_STATES];
    expect(new Set(all).size).toBe(195);
    expect(all.filter((c) => !isCountryCode(c))).toEqual([]);
  });

  it('invites every State once', () => {
    const invitations = invitationsToAllStates('e', SENT_AT);
    expect(invitations).toHaveLength(195);
    expect(
      invitations.filter((i) => i.stateKind === 'observerState').map((i) => i.stateCode),
    ).toEqual(['VA', 'PS']);
  });
});
