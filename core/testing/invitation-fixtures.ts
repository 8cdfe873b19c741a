import type { HeadOfDelegation, Invitation } from '../roundtable/invitation';
import {
  applyInvitationCommand,
  type InvitationCommand,
} from '../roundtable/invitation-transitions';
import { newInvitation } from '../roundtable/new-invitation';

/** The date of the chair's letter, when the invitations went out. */
export const SENT_AT = new Date('2024-01-26T15:00:00Z');

/** A fresh invitation to `code` for the seed roundtable, for specs. */
export function anInvitation(code: string): Invitation {
  const made = newInvitation('global-roundtable-ict-capacity-building-2024-05-10', code, SENT_AT);
  if (!made.ok) throw new Error(`cannot invite ${code}`);
  return made.invitation;
}

/** A head of delegation at `level`. */
export function aHead(
  level: HeadOfDelegation['level'],
  name = 'H.E. A. Minister',
): HeadOfDelegation {
  return { name, title: 'Minister for Digital Development', level };
}

/** Applies commands in turn at the given ISO times, failing loudly on a refusal. */
export function applyAll(
  invitation: Invitation,
  steps: Array<[InvitationCommand, string]>,
): Invitation {
  return steps.reduce((inv, [command, iso]) => {
    const result = applyInvitationCommand(inv, command, inv.version, new Date(iso));
    if (!result.ok) throw new Error(`${command.type} refused: ${result.key}`);
    return result.next;
  }, invitation);
}
