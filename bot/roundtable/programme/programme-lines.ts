import type { EventDefinition, SessionPerson } from '../../../core/event/event';
import type { Translate } from '../../../core/i18n/catalog';
import { programmeInZones, whatsNext, whatsNextMessage } from '../../../core/roundtable/programme';
import { formatInZone } from '../../../core/time/zoned-time';
import type { TurnView } from '../../platform/teams/turn-view';

/** The programme as lines: each session in the event's zone and the viewer's, with its people. */
export function programmeLines(event: EventDefinition, view: TurnView): string[] {
  const { t } = view;
  const lines = [t('rt.programme.zones', { eventZone: event.timeZone, userZone: view.userZone })];
  for (const line of programmeInZones(event, view.userZone)) {
    const { session, inEventZone: e, inViewerZone: u } = line;
    lines.push(
      t('rt.programme.line', {
        date: e.startDate,
        start: e.startClock,
        end: e.endClock,
        userDate: u.startDate,
        userStart: u.startClock,
        userEnd: u.endClock,
        title: session.title,
      }),
    );
    if (session.location) lines.push(t('rt.programme.location', { location: session.location }));
    if (session.moderators?.length)
      lines.push(t('rt.programme.moderators', { people: people(session.moderators, t) }));
    if (session.speakers?.length)
      lines.push(t('rt.programme.speakers', { people: people(session.speakers, t) }));
  }
  return lines;
}

/** Where the programme stands now, in both zones. */
export function whatsNextLines(event: EventDefinition, view: TurnView, now: Date): string[] {
  const state = whatsNext(programmeInZones(event, view.userZone), now);
  const { key, params } = whatsNextMessage(state);
  const lines = [view.t(key, params)];
  const line =
    state.kind === 'current' ? state.current : state.kind === 'next' ? state.next : undefined;
  if (!line) return lines;
  const instant = state.kind === 'current' ? line.end : line.start;
  lines.push(
    view.t('rt.whatsNext.eventTime', {
      zone: event.timeZone,
      time: formatInZone(instant, event.timeZone, view.locale),
    }),
    view.t('rt.whatsNext.yourTime', {
      zone: view.userZone,
      time: formatInZone(instant, view.userZone, view.locale),
    }),
  );
  if (state.kind === 'current' && state.next) {
    const next = whatsNextMessage({ kind: 'next', next: state.next });
    lines.push(view.t(next.key, next.params));
  }
  return lines;
}

function people(list: readonly SessionPerson[], t: Translate): string {
  return list
    .map((p) => {
      const name = [p.name, p.title].filter(Boolean).join(', ');
      return p.toBeConfirmed ? t('rt.programme.tbc', { name }) : name;
    })
    .join('; ');
}
