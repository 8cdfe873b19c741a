import type { AttendanceReport, AttendanceTotal } from '../../core/meeting/attendance';
import type { TurnView } from '../platform/teams/turn-view';

/**
 * The attendance report as chat lines: the counts and the CSV link, then one line per
 * organization and per group with minutes attended beside minutes spoken.
 */
export function attendanceLines(report: AttendanceReport, url: string, view: TurnView): string[] {
  const row = (total: AttendanceTotal) =>
    view.t('attendance.report.row', {
      name: total.name,
      attendees: total.attendees,
      attended: Math.round(total.attendedSeconds / 60),
      spoken: Math.round(total.speakingSeconds / 60),
    });
  return [
    view.t('attendance.report.summary', {
      attended: report.attended.length,
      absent: report.absent.length,
      unmatched: report.unmatched.length,
      url,
    }),
    ...report.byOrganization.map(row),
    ...(report.byGroup.length > 0 ? [view.t('attendance.report.groups')] : []),
    ...report.byGroup.map(row),
  ];
}
