import { REGISTRATION_LIMITS } from '../../core/registration/registration-limits';
import { formatInZone } from '../../core/time/zoned-time';
import type { StatementOutcome, TeamsFile } from './written-input-service';
import { fileDestinationCard, writtenInputCard } from './written-input-card';
import type { AdaptiveCardJson } from '../platform/teams/cards/card-json';
import type { TurnView } from '../platform/teams/turn-view';
import { notice } from '../platform/teams/respond';
import { inReaderLanguage } from '../event';
import { eventIn } from '../../core/event/event-language';

/** The card answering a written-input outcome; `file` set when answering a sent file. */
export function statementCard(
  given: StatementOutcome,
  view: TurnView,
  file?: TeamsFile,
): AdaptiveCardJson {
  const { t } = view;
  const outcome = inReaderLanguage(given, t);
  switch (outcome.kind) {
    case 'received': {
      const when = formatInZone(outcome.input.receivedAt, view.userZone, view.locale);
      const line = t('statement.received', {
        title: outcome.at.event.title,
        when,
        reference: outcome.registration.referenceCode,
      });
      return notice(view, [line], 'good');
    }
    case 'refused':
      return notice(view, [t(outcome.key, outcome.params)], 'warning');
    case 'notRegistered':
      return notice(view, [t('statement.notRegistered')], 'warning');
    case 'closed': {
      const end = view.both(outcome.at.instants.end, outcome.at.event.timeZone).event;
      return notice(
        view,
        [t('statement.closed', { title: outcome.at.event.title, end })],
        'warning',
      );
    }
    case 'choose': {
      const events = outcome.options.map(({ at }) => ({
        eventId: at.event.id,
        title: eventIn(at.event, t).title,
      }));
      if (file) return fileDestinationCard({ file, events }, t);
      return writtenInputCard({ events, statementMaxLength: REGISTRATION_LIMITS.statementText }, t);
    }
  }
}
