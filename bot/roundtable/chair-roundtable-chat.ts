import type { TurnContext } from 'botbuilder';
import type { EventAt } from '../event';
import type { Person } from '../platform/ports';
import type { BotServices } from '../bot-services';
import { downloadLinkCard } from '../organizer';
import { turnView } from '../platform/teams/turn-view';
import { breakoutLines, invitationLines, remarksLines } from './chair-presenter';
import { reply, sendCard } from './reply';
import type { RoundtableCommand } from './roundtable-command';
import { openingRemarksToQueue } from './invitations/remarks-to-queue';
import { matchmakingSession } from './matchmaking/matchmaking-service';
import { unStateName } from '../../core/roundtable/un-state-names';
import type { InvitationCommand } from '../../core/roundtable/invitation-transitions';

/** The chair's team's roundtable commands; the caller has checked that the person is on it. */
export class ChairRoundtableChat {
  constructor(private readonly services: BotServices) {}

  async handle(context: TurnContext, person: Person, command: RoundtableCommand): Promise<void> {
    const { t } = turnView(context);
    const at = await this.services.roundtable.events.forChair();
    if (!at) return reply(context, [t('rt.noEvent')], 'warning');
    switch (command.kind) {
      case 'invitations':
      case 'inviteAll':
      case 'acceptInvitation':
      case 'declineInvitation':
      case 'requestRemarks':
      case 'openingRemarks':
      case 'openingRemarksToQueue':
        return this.invitations(context, person, at, command);
      case 'invitationsExport':
      case 'breakoutsExport':
        return this.exportLink(context, person, at, command.kind);
      default:
        return this.matchmakingAndBreakouts(context, at, command);
    }
  }

  private async invitations(
    context: TurnContext,
    person: Person,
    at: EventAt,
    command: RoundtableCommand,
  ): Promise<void> {
    const view = turnView(context);
    const { t } = view;
    const { invitations } = this.services.roundtable;
    const eventId = at.event.id;
    switch (command.kind) {
      case 'invitations':
        return reply(context, invitationLines(at.event, await invitations.list(eventId), view));
      case 'inviteAll': {
        const { added, total } = await invitations.inviteAll(eventId);
        return reply(context, [t('rt.invitations.invited', { added, total })], 'good');
      }
      case 'openingRemarks':
        return reply(
          context,
          remarksLines(at.event, await invitations.openingRemarks(eventId), view),
        );
      case 'openingRemarksToQueue':
        return reply(
          context,
          await openingRemarksToQueue(this.services, context, person, at.event),
        );
      case 'acceptInvitation':
      case 'declineInvitation':
      case 'requestRemarks': {
        const recorded = invitationCommandOf(command);
        if ('key' in recorded) return reply(context, [t(recorded.key)], 'warning');
        const result = await invitations.record(eventId, command.stateCode, recorded);
        const state = unStateName(command.stateCode, view.locale);
        if (!result.ok)
          return reply(context, [t(result.key, { state, ...result.params })], 'warning');
        const answer = result.invitation.answer;
        if (command.kind === 'requestRemarks' && answer.status === 'accepted') {
          const order = await invitations.openingRemarks(eventId);
          const position = order.findIndex((r) => r.stateCode === command.stateCode) + 1;
          const name = answer.headOfDelegation.name;
          return reply(
            context,
            [t('rt.invitations.remarksRecorded', { state, name, position })],
            'good',
          );
        }
        if (answer.status === 'accepted') {
          const { name, title, level } = answer.headOfDelegation;
          const params = { state, name, title, level: t(`roundtable.level.${level}`) };
          return reply(context, [t('rt.invitations.acceptedBy', params)], 'good');
        }
        const status = t(`roundtable.invitation.status.${answer.status}`);
        return reply(context, [t('rt.invitations.recorded', { state, status })], 'good');
      }
      default:
        return;
    }
  }

  private async matchmakingAndBreakouts(
    context: TurnContext,
    at: EventAt,
    command: RoundtableCommand,
  ): Promise<void> {
    const view = turnView(context);
    const { t } = view;
    const { matchmaking, breakouts } = this.services.roundtable;
    const { event } = at;
    const groups = event.breakoutGroups ?? [];
    switch (command.kind) {
      case 'matchmakingPropose': {
        const { total, added } = await matchmaking.propose(event.id);
        if (total === 0) return reply(context, [t('rt.match.noDeclarations')], 'warning');
        const told = await this.services.roundtable.notices.proposals(at);
        return reply(
          context,
          [t('rt.match.proposed', { count: total, added }), t('rt.match.told', { count: told })],
          'good',
        );
      }
      case 'matchmakingSchedule': {
        const schedule = await matchmaking.schedule(event.id, matchmakingSession(event.programme));
        const unplaced = schedule.unplaced.map((u) =>
          t('rt.match.unplacedLine', {
            id: u.matchId,
            reason: t(`roundtable.matchmaking.unplaced.${u.reason}`),
          }),
        );
        const counts = { meetings: schedule.meetings.length, unplaced: schedule.unplaced.length };
        const told = await this.services.roundtable.notices.schedules(at);
        return reply(
          context,
          [t('rt.match.scheduled', counts), ...unplaced, t('rt.schedule.told', { count: told })],
          'good',
        );
      }
      case 'breakouts': {
        const plan = await breakouts.plan(event.id);
        if (!plan) return reply(context, [t('rt.breakout.noPlan')]);
        const people = await this.services.roundtable.events.registrations(event.id);
        return reply(context, breakoutLines(groups, plan, people, view));
      }
      case 'breakoutsAssign': {
        if (groups.length === 0) return reply(context, [t('rt.breakout.none')], 'warning');
        const result = await breakouts.assign(event.id, groups);
        if (!result.ok) return reply(context, [t(result.key, result.params)], 'warning');
        const { placements, overflow } = result.plan;
        const counts = { placed: placements.length, overflow: overflow.length };
        return reply(context, [t('rt.breakout.assigned', counts)], 'good');
      }
      case 'breakoutMove': {
        const { referenceCode, groupId, force } = command;
        const moved = await breakouts.move(event.id, groups, referenceCode, groupId, force);
        if (!moved.ok) return reply(context, [t(moved.key, moved.params)], 'warning');
        const title = groups.find((g) => g.id === groupId)?.title ?? groupId;
        const r = moved.registration;
        const name = `${r.givenName} ${r.familyName}`;
        return reply(
          context,
          [t('rt.breakout.moved', { name, code: r.referenceCode, title })],
          'good',
        );
      }
      default:
        return;
    }
  }

  private async exportLink(
    context: TurnContext,
    person: Person,
    at: EventAt,
    kind: 'invitationsExport' | 'breakoutsExport',
  ): Promise<void> {
    const view = turnView(context);
    const fileKind = kind === 'invitationsExport' ? 'invitationsCsv' : 'breakoutsCsv';
    const link = await this.services.organizer.exportLink(
      person,
      at.event.id,
      fileKind,
      view.t.language,
    );
    if (!link) return reply(context, [view.t('rt.export.none')], 'warning');
    await sendCard(context, downloadLinkCard(link, view));
  }
}

/** The invitation command behind a chat line, or the usage text for a malformed one. */
function invitationCommandOf(
  command: Extract<
    RoundtableCommand,
    { kind: 'acceptInvitation' | 'declineInvitation' | 'requestRemarks' }
  >,
): InvitationCommand | { key: 'rt.invitations.badLevel' | 'rt.invitations.badAccept' } {
  switch (command.kind) {
    case 'acceptInvitation': {
      if (!command.level) return { key: 'rt.invitations.badLevel' };
      const name = command.name.slice(0, 200);
      const title = command.title.slice(0, 200);
      if (!name || !title) return { key: 'rt.invitations.badAccept' };
      return { type: 'accept', headOfDelegation: { name, title, level: command.level } };
    }
    case 'declineInvitation':
      return command.reason
        ? { type: 'decline', reason: command.reason.slice(0, 1000) }
        : { type: 'decline' };
    case 'requestRemarks':
      return { type: 'requestOpeningRemarks' };
  }
}
