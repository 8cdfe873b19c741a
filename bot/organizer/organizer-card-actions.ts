import type { TurnContext } from 'botbuilder';
import type { Person } from '../platform/ports';
import { cardResponse, noticeCardResponse } from '../platform/teams/respond';
import { turnView } from '../platform/teams/turn-view';
import { downloadLinkCard } from './organizer-presenter';
import type { OrganizerService } from './organizer-service';

/** `organizer.export`: a single-use link to the event's registrations as CSV (chair only). */
export async function exportLinkCard(
  organizer: OrganizerService,
  context: TurnContext,
  person: Person,
  eventId: unknown,
) {
  const view = turnView(context);
  const link = await organizer.exportLink(person, eventId, 'registrationsCsv', view.t.language);
  if (!link) return noticeCardResponse(view, 'registration.eventNotFound');
  return cardResponse(downloadLinkCard(link, view));
}
