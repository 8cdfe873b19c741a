import type { EventDefinition } from '../event/event';
import type { Registration } from './registration';
import { sharedEmails } from './registration-summary';
import { csvDocument } from '../csv/csv';
import { csvHeadings } from '../csv/csv-headings';
import type { Translate } from '../i18n/catalog';

/** Columns of the export; their headings are written in the chair's language (csvHeadings). */
const HEADINGS = [
  'referenceCode',
  'status',
  'channel',
  'givenName',
  'familyName',
  'email',
  'sharedEmail',
  'organization',
  'category',
  'country',
  'jobTitle',
  'wishesToSpeak',
  'groupName',
  'groupMembers',
  'questions',
  'accessibilityNeeds',
  'registeredAt',
  'updatedAt',
];

/**
 * The registrations of one event as a sheet: the headings, then one row per registration in
 * the order people registered; the CSV and the .xlsx exports write the same cells.
 */
export function registrationsSheet(
  event: EventDefinition,
  registrations: Registration[],
  t?: Translate,
): string[][] {
  const shared = new Set(sharedEmails(registrations));
  const categories = new Map(event.stakeholderCategories.map((c) => [c.id, c.label]));
  const rows = [...registrations]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => [
      r.referenceCode,
      r.status,
      r.channel,
      r.givenName,
      r.familyName,
      r.email,
      shared.has(r.email.toLowerCase()) ? 'yes' : 'no',
      r.organization,
      categories.get(r.category) ?? r.category,
      r.country,
      r.jobTitle,
      r.wishesToSpeak ? 'yes' : 'no',
      r.group?.name ?? '',
      r.group?.members.join('; ') ?? '',
      r.questionIds.join(' '),
      r.accessibilityNeeds ?? '',
      r.createdAt.toISOString(),
      r.updatedAt.toISOString(),
    ]);
  return [csvHeadings(HEADINGS, t), ...rows];
}

/**
 * The registrations of one event as RFC 4180 CSV (CRLF, quoted fields), with spreadsheet
 * formula injection neutralised: a cell starting with = + - @ tab or CR gets a leading quote.
 */
export function registrationsCsv(
  event: EventDefinition,
  registrations: Registration[],
  t?: Translate,
): string {
  return csvDocument(registrationsSheet(event, registrations, t));
}
