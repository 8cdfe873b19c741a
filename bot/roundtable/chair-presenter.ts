import type { BreakoutGroup, EventDefinition } from '../../core/event/event';
import type { Registration } from '../../core/registration/registration';
import type { BreakoutPlan } from '../../core/roundtable/breakout';
import { groupLoads } from '../../core/roundtable/breakout';
import type { Invitation, InvitationStatus } from '../../core/roundtable/invitation';
import { summarizeInvitations } from '../../core/roundtable/invitation-summary';
import type { OpeningRemarksRequest } from '../../core/roundtable/opening-remarks';
import { listText } from '../../core/i18n/list-text';
import { unStateName } from '../../core/roundtable/un-state-names';
import type { TurnView } from '../platform/teams/turn-view';

const STATUSES: InvitationStatus[] = ['accepted', 'declined', 'noAnswer'];

/** Counts and the States by answer; the long "no answer" list is given by code. */
export function invitationLines(
  event: EventDefinition,
  invitations: readonly Invitation[],
  view: TurnView,
): string[] {
  const { t } = view;
  const lines = [t('rt.invitations.title', { title: event.title })];
  if (invitations.length === 0) return [...lines, t('rt.invitations.none')];
  const s = summarizeInvitations(invitations);
  lines.push(
    t('rt.invitations.counts', {
      total: s.total,
      accepted: s.accepted,
      declined: s.declined,
      noAnswer: s.noAnswer,
      remarks: s.openingRemarksRequested,
    }),
    t('rt.invitations.levels', s.acceptedByLevel),
  );
  for (const status of STATUSES) {
    const of = invitations.filter((i) => i.answer.status === status);
    if (of.length === 0) continue;
    const states = listText(
      of.map((i) =>
        status === 'noAnswer'
          ? i.stateCode
          : `${unStateName(i.stateCode, view.locale)} (${i.stateCode})`,
      ),
      view.locale,
    );
    const label = t(`roundtable.invitation.status.${status}`);
    lines.push(t('rt.invitations.byStatus', { status: label, count: of.length, states }));
  }
  return lines;
}

/** The order of opening remarks, one line per State. */
export function remarksLines(
  event: EventDefinition,
  order: readonly OpeningRemarksRequest[],
  view: TurnView,
): string[] {
  const { t } = view;
  const title = t('rt.remarks.title', { title: event.title });
  if (order.length === 0) return [title, t('rt.remarks.none')];
  return [
    title,
    ...order.map((r, i) =>
      t('rt.remarks.line', {
        position: i + 1,
        state: unStateName(r.stateCode, view.locale),
        name: r.speakerName,
        title: r.speakerTitle,
        level: t(`roundtable.level.${r.level}`),
      }),
    ),
  ];
}

/** Each group's list with its load, then those without a seat. */
export function breakoutLines(
  groups: readonly BreakoutGroup[],
  plan: BreakoutPlan,
  people: ReadonlyMap<string, Registration>,
  view: TurnView,
): string[] {
  const { t } = view;
  const nameOf = (id: string) => {
    const r = people.get(id);
    return r ? `${r.givenName} ${r.familyName} (${r.referenceCode})` : id;
  };
  const loads = groupLoads(plan);
  const lines = groups.map((g) =>
    t('rt.breakout.groupLine', {
      title: g.title,
      count: loads.get(g.id) ?? 0,
      capacity: g.capacity,
      people: listText(
        plan.placements.filter((p) => p.groupId === g.id).map((p) => nameOf(p.participantId)),
        view.locale,
      ),
    }),
  );
  if (plan.overflow.length > 0)
    lines.push(
      t('rt.breakout.overflowLine', { people: listText(plan.overflow.map(nameOf), view.locale) }),
    );
  return lines;
}
