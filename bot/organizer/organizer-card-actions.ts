import type { TurnContext } from 'botbuilder';
import type { Person } from '../platform/ports';
import { cardResponse, noticeCardResponse } from '../platform/teams/respond';
import { turnView } from '../platform/teams/turn-view';
import { downloadLinkCard } from './organizer-presenter';
import type { OrganizerService } from './organizer-service';

/** `organizer.export`: single-use links to the event's registrations, CSV and .xlsx (chair only). */
export async function exportLinkCard(
  organizer: OrganizerService,
  context: TurnContext,
  person: Person,
  eventId: unknown,
) {
  const view = turnView(context);
  const links = await organizer.registrationLinks(person, eventId, view.t.language);
  if (!links) return noticeCardResponse(view, 'registration.eventNotFound');
  return cardResponse(downloadLinkCard(links.csv, view, links.xlsx));
}
