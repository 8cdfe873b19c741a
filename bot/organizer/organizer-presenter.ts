import { formatInZone } from '../../core/time/zoned-time';
import type { EventOverview, ExportLink } from './organizer-service';
import { downloadLinkCard as linkCard, organizerSummaryCard } from './organizer-summary-card';
import type { AdaptiveCardJson } from '../platform/teams/cards/card-json';
import type { TurnView } from '../platform/teams/turn-view';
import { eventIn } from '../../core/event/event-language';

/** Counts of one event for the chair's team, with its Export button. */
export function overviewCard(overview: EventOverview, view: TurnView): AdaptiveCardJson {
  const event = eventIn(overview.at.event, view.t);
  return organizerSummaryCard(
    {
      eventId: event.id,
      eventTitle: event.title,
      summary: overview.summary,
      categories: event.stakeholderCategories,
      writtenInputs: overview.writtenInputs,
    },
    view.t,
  );
}

/** The single-use CSV link (and .xlsx link, if given), with the expiry in the person's zone. */
export function downloadLinkCard(
  link: ExportLink,
  view: TurnView,
  xlsx?: ExportLink,
): AdaptiveCardJson {
  return linkCard(
    {
      eventTitle: eventIn(link.at.event, view.t).title,
      url: link.url,
      expiresAt: formatInZone(link.expiresAt, view.userZone, view.locale),
      ...(xlsx ? { xlsxUrl: xlsx.url } : {}),
    },
    view.t,
  );
}
