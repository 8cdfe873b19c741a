import type { MessageKey, MessageParams } from '../../core/i18n/catalog';
import { attendanceReport, type AttendanceReport } from '../../core/meeting/attendance';
import { attendanceCsv } from '../../core/meeting/attendance-csv';
import type { MeetingProvider } from './meeting-provider';
import { messageKeyOf } from './meeting-provider-error';
import type { DownloadLink, Store } from '../stores';
import type { Clock } from '../platform/ports';

/** The report, or why there is none, as a catalog key and its parameters. */
export type AttendanceResult =
  | { ok: true; report: AttendanceReport; reports: number }
  | {
      ok: false;
      reason: 'unknownEvent' | 'noMeeting' | 'noReport' | 'offline' | 'refused' | 'failed';
      key: MessageKey;
      params: MessageParams;
      /** For `failed`: the catalog key of the underlying cause. */
      reasonKey?: MessageKey;
    };

/**
 * Who attended the event's Teams meeting and for how long, per category, organization and
 * group, beside the speaking time of the event's queue. Computed on demand from Graph's
 * attendance reports: nothing is stored, so nothing can go stale or be half written.
 */
export class AttendanceService {
  constructor(
    private readonly store: Pick<Store, 'events' | 'logistics' | 'registrations' | 'queues'>,
    private readonly clock: Clock,
    private readonly meetings: MeetingProvider,
  ) {}

  async report(eventId: string): Promise<AttendanceResult> {
    if (!(await this.store.events.get(eventId))) return refusal('unknownEvent');
    const { meeting } = await this.store.logistics.get(eventId);
    if (!meeting) return refusal('noMeeting');
    const outcome = await this.meetings.readAttendance(meeting);
    switch (outcome.kind) {
      case 'notApplicable':
        return refusal('offline');
      case 'noReport':
        return refusal('noReport');
      case 'refused':
        return refusal('refused', { organizer: outcome.organizer });
      case 'failed':
        return { ...refusal('failed'), reasonKey: messageKeyOf(outcome.failure) };
      case 'records': {
        const [registrations, queues] = await Promise.all([
          this.store.registrations.listForEvent(eventId),
          this.store.queues.ofEvent(eventId),
        ]);
        // Speaking time over every session's list of speakers.
        const turns = queues.flatMap((queue) => queue.entries);
        const now = this.clock.now().getTime();
        const report = attendanceReport(outcome.entries, registrations, turns, now);
        return { ok: true, report, reports: outcome.reports };
      }
    }
  }

  /** The CSV behind an attendance export link; undefined when there is no report to give. */
  async csvFile(link: DownloadLink): Promise<{ fileName: string; csv: string } | undefined> {
    const result = await this.report(link.eventId);
    if (!result.ok) return undefined;
    return { fileName: `${link.eventId}-attendance.csv`, csv: attendanceCsv(result.report) };
  }
}

function refusal(
  reason: Exclude<AttendanceResult, { ok: true }>['reason'],
  params: MessageParams = {},
): Exclude<AttendanceResult, { ok: true }> {
  return { ok: false, reason, key: `attendance.error.${reason}`, params };
}
