import { csvDocument } from '../csv/csv';
import type { AttendanceReport, AttendanceTotal } from './attendance';

const HEADINGS = [
  'section',
  'name',
  'organization',
  'category',
  'group',
  'attendees',
  'attendedMinutes',
  'speakingMinutes',
  'matchedBy',
];

/**
 * The attendance report as one CSV: each attendee, those not matched, confirmed absentees,
 * then the totals per category, organization and group, in minutes with one decimal.
 */
export function attendanceCsv(report: AttendanceReport): string {
  const people = report.attended.map((a) => [
    'attendee',
    a.name,
    a.organization,
    a.category,
    a.group ?? '',
    '1',
    minutes(a.seconds),
    '',
    a.matchedBy,
  ]);
  const unmatched = report.unmatched.map((u) => [
    'unmatched',
    u.name,
    '',
    '',
    '',
    '1',
    minutes(u.seconds),
    '',
    u.email ?? u.entraId ?? '',
  ]);
  const absent = report.absent.map((a) => [
    'absent',
    a.name,
    a.organization,
    '',
    '',
    '0',
    '0.0',
    '',
    '',
  ]);
  const total =
    (section: string, column: 'organization' | 'category' | 'group') => (t: AttendanceTotal) => {
      const cells = { organization: '', category: '', group: '', [column]: t.name };
      return [
        section,
        '',
        cells.organization,
        cells.category,
        cells.group,
        String(t.attendees),
        minutes(t.attendedSeconds),
        minutes(t.speakingSeconds),
        '',
      ];
    };
  return csvDocument([
    HEADINGS,
    ...people,
    ...unmatched,
    ...absent,
    ...report.byCategory.map(total('category', 'category')),
    ...report.byOrganization.map(total('organization', 'organization')),
    ...report.byGroup.map(total('group', 'group')),
  ]);
}

function minutes(seconds: number): string {
  return (seconds / 60).toFixed(1);
}
