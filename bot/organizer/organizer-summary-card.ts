import type { StakeholderCategory } from '../../core/event/event';
import type { Translate } from '../../core/i18n/catalog';
import type { RegistrationStatus } from '../../core/registration/registration';
import type { RegistrationSummary } from '../../core/registration/registration-summary';
import { cardTemplate, type AdaptiveCardJson, type Fact } from '../platform/teams/cards/card-json';
import { STATUS_LABELS } from '../registration';
import downloadTemplate from './templates/download-link.json';
import template from './templates/organizer-summary.json';

export interface OrganizerSummaryView {
  eventId: string;
  eventTitle: string;
  summary: RegistrationSummary;
  /** The event's categories, in its order; counts of other ids are listed after them. */
  categories: readonly StakeholderCategory[];
  writtenInputs: number;
}

/** Data of the "Export CSV" button (verb `organizer.export`). */
export interface OrganizerExportData {
  eventId: string;
}

export interface DownloadLinkView {
  eventTitle: string;
  url: string;
  /** When the link stops working, formatted for the person. */
  expiresAt: string;
  /** A second single-use link to the same list as an Excel workbook, when there is one. */
  xlsxUrl?: string;
}

const expand = cardTemplate(template);
const CHANNELS = ['teams', 'web'] as const;
const expandDownload = cardTemplate(downloadTemplate);

/** Counts for the Chair's team: by status, by category, shared emails and written inputs. */
export function organizerSummaryCard(view: OrganizerSummaryView, t: Translate): AdaptiveCardJson {
  const { summary } = view;
  const count = (n: number) => [String(n)];
  const facts: Fact[] = [
    { label: t('cards.organizer.total'), lines: count(summary.total) },
    ...(Object.keys(STATUS_LABELS) as RegistrationStatus[]).map((s) => ({
      label: t(STATUS_LABELS[s]),
      lines: count(summary.byStatus[s]),
    })),
    { label: t('cards.organizer.wishingToSpeak'), lines: count(summary.wishingToSpeak) },
    {
      label: t('webPage.channel.label'),
      lines: CHANNELS.map((channel) =>
        t('webPage.channel.count', {
          channel: t(`webPage.channel.${channel}`),
          count: summary.byChannel[channel],
        }),
      ),
    },
    { label: t('cards.organizer.writtenInputs'), lines: count(view.writtenInputs) },
  ];
  const known = new Set(view.categories.map((c) => c.id));
  const others = Object.keys(summary.byCategory)
    .filter((id) => !known.has(id))
    .sort();
  const categoryFacts: Fact[] = [
    ...view.categories.map((c) => ({
      label: c.label,
      lines: count(summary.byCategory[c.id] ?? 0),
    })),
    ...others.map((id) => ({ label: id, lines: count(summary.byCategory[id] ?? 0) })),
  ];
  const action: OrganizerExportData = { eventId: view.eventId };
  return expand(
    {
      labels: {
        heading: t('cards.organizer.heading'),
        byCategory: t('cards.organizer.byCategory'),
        export: t('cards.organizer.export'),
      },
      eventTitle: view.eventTitle,
      facts,
      categoryFacts,
      sharedEmailsLine: t('cards.organizer.sharedEmails', { count: summary.sharedEmails.length }),
      sharedEmails: summary.sharedEmails,
      action,
    },
    t,
  );
}

/** A single-use link to the registrations CSV, with when it expires. */
export function downloadLinkCard(view: DownloadLinkView, t: Translate): AdaptiveCardJson {
  const card = expandDownload(
    {
      labels: { heading: t('cards.download.heading'), open: t('cards.download.open') },
      ready: view.xlsxUrl
        ? t('cards.download.readyBoth', { title: view.eventTitle })
        : t('cards.download.ready', { title: view.eventTitle }),
      expires: t('cards.download.expires', { time: view.expiresAt }),
      url: view.url,
    },
    t,
  );
  if (!view.xlsxUrl) return card;
  const xlsx = { type: 'Action.OpenUrl', title: t('cards.download.openXlsx'), url: view.xlsxUrl };
  return { ...card, actions: [...(card.actions as object[]), xlsx] };
}
