import { applyInvitationCommand, type InvitationCommand } from './invitation-transitions';
import { aHead, anInvitation, applyAll } from '../testing/invitation-fixtures';
import type { Invitation } from './invitation';

const NOW = new Date('2024-03-01T10:00:00Z');
const apply = (inv: Invitation, command: InvitationCommand) =>
  applyInvitationCommand(inv, command, inv.version, NOW);
const keyOf = (result: ReturnType<typeof apply>) => (result.ok ? 'ok' : result.key);
const accepted = () =>
  applyAll(anInvitation('SG'), [
    [{ type: 'accept', headOfDelegation: aHead('minister') }, '2024-02-01T09:00:00Z'],
  ]);

describe('applyInvitationCommand', () => {
  it('records an acceptance with its head of delegation, date and a new version', () => {
    const result = apply(anInvitation('SG'), {
      type: 'accept',
      headOfDelegation: aHead('minister'),
    });
    if (!result.ok) throw new Error(result.key);
    expect(result.next.answer).toEqual({ status: 'accepted', headOfDelegation: aHead('minister') });
    expect(result.next).toMatchObject({ answeredAt: NOW, updatedAt: NOW, version: 2 });
  });

  it('refuses a change based on a stale version', () => {
    const inv = anInvitation('SG');
    const result = applyInvitationCommand(inv, { type: 'decline' }, inv.version - 1, NOW);
    expect(keyOf(result)).toBe('roundtable.invitation.stale');
  });

  it('refuses a second acceptance and points to changing the head of delegation', () => {
    const result = apply(accepted(), { type: 'accept', headOfDelegation: aHead('ambassador') });
    expect(keyOf(result)).toBe('roundtable.invitation.alreadyAccepted');
    const changed = apply(accepted(), {
      type: 'changeHeadOfDelegation',
      headOfDelegation: aHead('deputyMinister', 'H.E. B. Deputy'),
    });
    expect(changed.ok && changed.next.answer).toMatchObject({
      headOfDelegation: { level: 'deputyMinister' },
    });
    // The answer date stays the date the State first answered.
    expect(changed.ok && changed.next.answeredAt).toEqual(new Date('2024-02-01T09:00:00Z'));
  });

  it('lets a State decline after accepting, dropping its request for opening remarks', () => {
    const requested = applyAll(accepted(), [
      [{ type: 'requestOpeningRemarks' }, '2024-02-02T00:00:00Z'],
    ]);
    const result = apply(requested, { type: 'decline', reason: 'Schedule conflict' });
    expect(result.ok && result.next.answer).toEqual({
      status: 'declined',
      reason: 'Schedule conflict',
    });
    if (!result.ok) return;
    expect(keyOf(apply(result.next, { type: 'decline' }))).toBe(
      'roundtable.invitation.alreadyDeclined',
    );
    const again = apply(result.next, { type: 'accept', headOfDelegation: aHead('ambassador') });
    expect(again.ok && again.next.answer.status).toBe('accepted');
  });

  it('clears an answer back to no answer, and refuses to clear when there is none', () => {
    const cleared = apply(accepted(), { type: 'clearAnswer' });
    expect(cleared.ok && cleared.next.answer).toEqual({ status: 'noAnswer' });
    expect(cleared.ok && 'answeredAt' in cleared.next).toBe(false);
    expect(keyOf(apply(anInvitation('SG'), { type: 'clearAnswer' }))).toBe(
      'roundtable.invitation.noAnswerYet',
    );
  });

  it('takes a request for opening remarks only from an accepted invitation, once', () => {
    expect(keyOf(apply(anInvitation('SG'), { type: 'requestOpeningRemarks' }))).toBe(
      'roundtable.invitation.notAccepted',
    );
    const first = applyAll(accepted(), [
      [{ type: 'requestOpeningRemarks' }, '2024-02-02T00:00:00Z'],
    ]);
    expect(keyOf(apply(first, { type: 'requestOpeningRemarks' }))).toBe(
      'roundtable.invitation.remarksAlreadyRequested',
    );
    const headChanged = applyAll(first, [
      [
        { type: 'changeHeadOfDelegation', headOfDelegation: aHead('ambassador') },
        '2024-03-01T00:00:00Z',
      ],
    ]);
    expect(headChanged.answer).toMatchObject({
      openingRemarksRequestedAt: new Date('2024-02-02T00:00:00Z'),
    });
  });

  it('withdraws a request for opening remarks, and refuses when none was made', () => {
    const first = applyAll(accepted(), [
      [{ type: 'requestOpeningRemarks' }, '2024-02-02T00:00:00Z'],
    ]);
    const withdrawn = apply(first, { type: 'withdrawOpeningRemarks' });
    expect(withdrawn.ok && withdrawn.next.answer).toEqual({
      status: 'accepted',
      headOfDelegation: aHead('minister'),
    });
    expect(keyOf(apply(accepted(), { type: 'withdrawOpeningRemarks' }))).toBe(
      'roundtable.invitation.remarksNotRequested',
    );
  });
});
