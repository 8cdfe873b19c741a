import type { EventDefinition } from '../../../core/event/event';
import { awaitsAnswerFrom } from '../../../core/roundtable/match-responses';
import { listText } from '../../../core/i18n/list-text';
import { unStateName } from '../../../core/roundtable/un-state-names';
import { toInstant, formatClockInZone } from '../../../core/time/zoned-time';
import type { MatchForPerson, ScheduledMeeting } from './matchmaking-service';
import type { Participant } from '../roundtable-events';
import { matchListCard } from './match-list-card';
import type { AdaptiveCardJson } from '../../platform/teams/cards/card-json';
import { notice } from '../../platform/teams/respond';
import type { TurnView } from '../../platform/teams/turn-view';

/** The person's proposals, each with Accept / Decline while their side has not answered. */
export function matchesCard(
  participant: Participant,
  matches: readonly MatchForPerson[],
  view: TurnView,
): AdaptiveCardJson {
  const { t } = view;
  if (matches.length === 0) return notice(view, [t('rt.match.none')]);
  const areas = new Map((participant.at.event.thematicAreas ?? []).map((a) => [a.id, a.label]));
  return matchListCard(
    {
      title: t('rt.match.title'),
      matches: matches.map(({ match, side, providerName }) => ({
        matchId: match.id,
        line: t('rt.match.line', {
          id: match.id,
          provider: providerName,
          state: unStateName(match.stateId, view.locale),
          areas: listText(
            match.sharedThematicAreaIds.map((a) => areas.get(a) ?? a),
            view.locale,
          ),
          status: t(`roundtable.matchmaking.status.${match.status}`),
        }),
        canAnswer: awaitsAnswerFrom(match, side),
        acceptLabel: t('rt.match.accept', { id: match.id }),
        declineLabel: t('rt.match.decline', { id: match.id }),
      })),
    },
    t,
  );
}

/** The person's meetings: slot in the event's zone and theirs, table, who meets whom. */
export function scheduleLines(
  event: EventDefinition,
  meetings: readonly ScheduledMeeting[],
  view: TurnView,
): string[] {
  const { t } = view;
  if (meetings.length === 0) return [t('rt.schedule.none')];
  return meetings.map(({ meeting, slot, table, providerName }) => {
    const start = slot && toInstant(slot.start, event.timeZone);
    const end = slot && toInstant(slot.end, event.timeZone);
    const clock = (at: Date | undefined, zone: string) =>
      at ? formatClockInZone(at, zone, view.locale) : '?';
    return t('rt.schedule.line', {
      start: clock(start, event.timeZone),
      end: clock(end, event.timeZone),
      userStart: clock(start, view.userZone),
      userEnd: clock(end, view.userZone),
      table: table?.label ?? meeting.tableId,
      provider: providerName,
      state: unStateName(meeting.stateId, view.locale),
    });
  });
}
