import type { FieldError } from '../event/field-error';
import type { Invitation } from './invitation';
import { stateKindOf, UN_MEMBER_STATES, UN_OBSERVER_STATES } from './un-states';

/** A fresh invitation to one State, or why the State cannot be invited. */
export function newInvitation(
  eventId: string,
  stateCode: string,
  sentAt: Date,
): { ok: true; invitation: Invitation } | { ok: false; errors: FieldError[] } {
  const code = stateCode.trim().toUpperCase();
  const stateKind = stateKindOf(code);
  if (!stateKind) {
    return { ok: false, errors: [{ field: 'stateCode', key: 'roundtable.field.unknownState' }] };
  }
  if (Number.isNaN(sentAt.getTime())) {
    return { ok: false, errors: [{ field: 'sentAt', key: 'roundtable.field.invalidDate' }] };
  }
  const invitation: Invitation = {
    eventId,
    stateCode: code,
    stateKind,
    sentAt,
    answer: { status: 'noAnswer' },
    version: 1,
    updatedAt: sentAt,
  };
  return { ok: true, invitation };
}

/** One invitation per Member State and Observer State, as the chair's circular letter goes. */
export function invitationsToAllStates(eventId: string, sentAt: Date): Invitation[] {
  return [...UN_MEMBER_STATES, ...UN_OBSERVER_STATES].map((code) => {
    const made = newInvitation(eventId, code, sentAt);
    if (!made.ok) throw new Error(`State list holds an invalid code ${code}`);
    return made.invitation;
  });
}
