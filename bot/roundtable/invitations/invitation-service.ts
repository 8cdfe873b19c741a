import type { MessageKey, MessageParams } from '../../../core/i18n/catalog';
import type { Invitation } from '../../../core/roundtable/invitation';
import {
  applyInvitationCommand,
  type InvitationCommand,
} from '../../../core/roundtable/invitation-transitions';
import { invitationsToAllStates } from '../../../core/roundtable/new-invitation';
import {
  openingRemarksRequests,
  orderOpeningRemarks,
  type OpeningRemarksRequest,
} from '../../../core/roundtable/opening-remarks';
import { stateKindOf } from '../../../core/roundtable/un-states';
import type { Store } from '../../stores';
import type { Clock } from '../../platform/ports';

export type InvitationOutcome =
  { ok: true; invitation: Invitation } | { ok: false; key: MessageKey; params?: MessageParams };

/** A save may lose a race with another member of the chair's team this often before giving up. */
const RETRIES = 3;

/** The chair's invitations: invite every State, record the Missions' answers, order remarks. */
export class InvitationService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Invites every Member and Observer State not invited yet; safe to repeat. */
  async inviteAll(eventId: string): Promise<{ added: number; total: number }> {
    const all = invitationsToAllStates(eventId, this.clock.now());
    const added = await this.store.roundtable.invitations.addMissing(all);
    return { added, total: (await this.store.roundtable.invitations.list(eventId)).length };
  }

  list(eventId: string): Promise<Invitation[]> {
    return this.store.roundtable.invitations.list(eventId);
  }

  /** Applies the chair's command to the State's invitation at its current version. */
  async record(
    eventId: string,
    stateCode: string,
    command: InvitationCommand,
  ): Promise<InvitationOutcome> {
    const code = stateCode.toUpperCase();
    if (!stateKindOf(code))
      return { ok: false, key: 'rt.invitations.unknownState', params: { code } };
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const current = await this.store.roundtable.invitations.get(eventId, code);
      if (!current) return { ok: false, key: 'rt.invitations.notInvited' };
      const result = applyInvitationCommand(current, command, current.version, this.clock.now());
      if (!result.ok) return result;
      const saved = await this.store.roundtable.invitations.update(result.next);
      if (saved !== 'conflict') return { ok: true, invitation: saved };
    }
    return { ok: false, key: 'rt.stale' };
  }

  /** The order of opening remarks, by level and time of request. */
  async openingRemarks(eventId: string): Promise<OpeningRemarksRequest[]> {
    return orderOpeningRemarks(openingRemarksRequests(await this.list(eventId)));
  }
}
