import type { MessageKey } from '../i18n/catalog';
import type { HeadOfDelegation, Invitation, InvitationAnswer } from './invitation';

/** What the chair's team records on an invitation, as a Mission's answers come in. */
export type InvitationCommand =
  | { type: 'accept'; headOfDelegation: HeadOfDelegation }
  | { type: 'changeHeadOfDelegation'; headOfDelegation: HeadOfDelegation }
  | { type: 'decline'; reason?: string }
  | { type: 'clearAnswer' }
  | { type: 'requestOpeningRemarks' }
  | { type: 'withdrawOpeningRemarks' };

export type InvitationResult = { ok: true; next: Invitation } | { ok: false; key: MessageKey };

/**
 * The invitation after `command`, or why it is refused. A State may change its mind both
 * ways; a repeated answer is refused rather than silently re-dated, so the first request
 * for opening remarks keeps its place in the order of speakers.
 */
export function applyInvitationCommand(
  invitation: Invitation,
  command: InvitationCommand,
  baseVersion: number,
  now: Date,
): InvitationResult {
  if (baseVersion !== invitation.version) return { ok: false, key: 'roundtable.invitation.stale' };
  const answer = invitation.answer;
  const answered = (next: InvitationAnswer): InvitationResult => ({
    ok: true,
    next: { ...invitation, answer: next, answeredAt: now, ...bump(invitation, now) },
  });
  const revised = (next: InvitationAnswer): InvitationResult => ({
    ok: true,
    next: { ...invitation, answer: next, ...bump(invitation, now) },
  });
  switch (command.type) {
    case 'accept':
      if (answer.status === 'accepted') return refuse('roundtable.invitation.alreadyAccepted');
      return answered({ status: 'accepted', headOfDelegation: command.headOfDelegation });
    case 'changeHeadOfDelegation':
      if (answer.status !== 'accepted') return refuse('roundtable.invitation.notAccepted');
      return revised({ ...answer, headOfDelegation: command.headOfDelegation });
    case 'decline':
      if (answer.status === 'declined') return refuse('roundtable.invitation.alreadyDeclined');
      return answered(
        command.reason ? { status: 'declined', reason: command.reason } : { status: 'declined' },
      );
    case 'clearAnswer':
      if (answer.status === 'noAnswer') return refuse('roundtable.invitation.noAnswerYet');
      return withoutAnswerDate({
        ...invitation,
        answer: { status: 'noAnswer' },
        ...bump(invitation, now),
      });
    case 'requestOpeningRemarks':
      if (answer.status !== 'accepted') return refuse('roundtable.invitation.notAccepted');
      if (answer.openingRemarksRequestedAt)
        return refuse('roundtable.invitation.remarksAlreadyRequested');
      return revised({ ...answer, openingRemarksRequestedAt: now });
    case 'withdrawOpeningRemarks': {
      if (answer.status !== 'accepted' || !answer.openingRemarksRequestedAt)
        return refuse('roundtable.invitation.remarksNotRequested');
      const { openingRemarksRequestedAt: _dropped, ...kept } = answer;
      return revised(kept);
    }
  }
}

function refuse(key: MessageKey): InvitationResult {
  return { ok: false, key };
}

function bump(invitation: Invitation, now: Date): Pick<Invitation, 'version' | 'updatedAt'> {
  return { version: invitation.version + 1, updatedAt: now };
}

function withoutAnswerDate(invitation: Invitation): InvitationResult {
  const { answeredAt: _cleared, ...kept } = invitation;
  return { ok: true, next: kept };
}
