import type { TurnContext } from 'botbuilder';
import type { EventDefinition } from '../../core/event/event';
import { listText } from '../../core/i18n/list-text';
import type { DecisionOutcome } from './decision-service';
import type { Person } from '../platform/ports';
import type { BotServices } from '../bot-services';
import type { DecisionCommand } from './decision-command';
import { attendanceLines } from '../meeting';
import { turnView, type TurnView } from '../platform/teams/turn-view';
import type { DeliveryReport } from '../outbox';

/** Answers the chair's decision commands in chat (the chat router refuses anyone else). */
export class DecisionActions {
  constructor(private readonly services: BotServices) {}

  async handle(context: TurnContext, person: Person, command: DecisionCommand): Promise<void> {
    const view = turnView(context);
    const say = (text: string) => context.sendActivity(text);
    const { decisions, delivery } = this.services;
    switch (command.kind) {
      case 'usage':
        await say(view.t('outbox.chair.usage'));
        return;
      case 'decide':
        await say(outcomeText(await decisions.decide(command.action, command), view));
        return;
      case 'decideAllPending':
        await say(
          outcomeText(
            await decisions.decide(command.action, {
              allPending: true,
              ...(command.eventId ? { eventId: command.eventId } : {}),
            }),
            view,
          ),
        );
        return;
      case 'capacityRefused':
        await say(view.t(command.key));
        return;
      case 'capacity': {
        const event = await this.event(command.eventId, say, view);
        if (!event) return;
        const { confirmed } = await delivery.setCapacity(event, command.capacity);
        const capacity =
          command.capacity === undefined
            ? view.t('outbox.chair.noCapacity', { confirmed })
            : view.t('outbox.chair.capacity', { capacity: command.capacity, confirmed });
        await say(view.t('outbox.chair.capacitySet', { title: event.title, capacity }));
        return;
      }
      case 'delivery': {
        const event = await this.event(command.eventId, say, view);
        if (!event) return;
        const report = await delivery.report(event);
        const lines = [
          view.t('outbox.chair.delivery', {
            title: event.title,
            sent: report.counts.sent,
            pending: report.counts.pending + report.counts.sending,
            failed: report.counts.failed,
            cancelled: report.counts.cancelled,
          }),
          view.t('mail.delivery.byChannel', byChannelCounts(report.byChannel)),
          ...report.failed.map((f) =>
            view.t('outbox.chair.failedRow', {
              reference: f.referenceCode,
              kind: f.kind,
              reason: f.reason,
            }),
          ),
          ...(report.meetingOptions
            ? [view.t(report.meetingOptions.key, report.meetingOptions.params)]
            : []),
        ];
        await say(lines.join('\n\n'));
        return;
      }
      case 'attendance': {
        const event = await this.event(command.eventId, say, view);
        if (event) await say(await this.attendanceText(person, event.id, view));
        return;
      }
    }
  }

  /** The attendance summary with a single-use CSV link, or why there is none. */
  private async attendanceText(person: Person, eventId: string, view: TurnView) {
    const result = await this.services.attendance.report(eventId);
    if (!result.ok) {
      const reason = result.reasonKey ? view.t(result.reasonKey) : '';
      return view.t(result.key, { ...result.params, reason });
    }
    const link = await this.services.organizer.exportLink(person, eventId, 'attendanceCsv');
    return attendanceLines(result.report, link?.url ?? '', view).join('\n\n');
  }

  private async event(
    eventId: string | undefined,
    say: (text: string) => Promise<unknown>,
    view: TurnView,
  ): Promise<EventDefinition | undefined> {
    const found = await this.services.decisions.resolveEvent(eventId);
    if (found.kind === 'event') return found.event;
    await say(
      found.kind === 'whichEvent'
        ? view.t('outbox.chair.whichEvent', { events: listText(found.eventIds, view.locale, 'or') })
        : view.t('outbox.chair.noEvent'),
    );
    return undefined;
  }
}

function outcomeText(outcome: DecisionOutcome, view: TurnView): string {
  switch (outcome.kind) {
    case 'notFound':
      return view.t('outbox.chair.notFound', { reference: outcome.referenceCode });
    case 'unknownRegistrations':
      return view.t('outbox.chair.notFound', {
        reference: listText(outcome.registrationIds, view.locale),
      });
    case 'whichEvent':
      return view.t('outbox.chair.whichEvent', {
        events: listText(outcome.eventIds, view.locale, 'or'),
      });
    case 'noEvent':
      return view.t('outbox.chair.noEvent');
    case 'meetingFailed':
      return view.t('outbox.chair.meetingFailed', {
        reason: view.t(outcome.error.messageKey, outcome.error.params),
      });
    case 'done': {
      const { counts, confirmedNow, capacity } = outcome;
      const text = view.t('outbox.chair.result', {
        title: outcome.event.title,
        ...counts,
        capacity:
          capacity === undefined
            ? view.t('outbox.chair.noCapacity', { confirmed: confirmedNow })
            : view.t('outbox.chair.capacity', { capacity, confirmed: confirmedNow }),
      });
      const options = outcome.meetingOptions;
      const withOptions = options ? `${text}\n\n${view.t(options.key, options.params)}` : text;
      return outcome.conflicts === 0
        ? withOptions
        : `${withOptions} ${view.t('outbox.chair.conflict', { count: outcome.conflicts })}`;
    }
  }
}

/** Sent, waiting and failed per channel, as `mail.delivery.byChannel` names them. */
function byChannelCounts(byChannel: DeliveryReport['byChannel']) {
  const waiting = (c: DeliveryReport['counts']) => c.pending + c.sending;
  const { teams, email } = byChannel;
  return {
    teamsSent: teams.sent,
    teamsWaiting: waiting(teams),
    teamsFailed: teams.failed,
    emailSent: email.sent,
    emailWaiting: waiting(email),
    emailFailed: email.failed,
  };
}
