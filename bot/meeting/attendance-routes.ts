import type { Server } from 'restify';
import { translate } from '../../core/i18n/catalog';
import type { AttendanceReport } from '../../core/meeting/attendance';
import type { AttendanceResult, AttendanceService } from './attendance-service';
import type { OrganizerService } from '../organizer/organizer-service';
import { chairOnly, type OrganizerRouteDeps } from '../organizer/organizer-routes';
import { refuse, signedIn } from '../http/sign-in';
import { requestLanguage } from '../http/request-language';

export interface AttendanceRouteDeps extends Pick<
  OrganizerRouteDeps,
  'authenticate' | 'chairTeam'
> {
  attendance: AttendanceService;
  organizer: OrganizerService;
}

const STATUS: Record<Exclude<AttendanceResult, { ok: true }>['reason'], number> = {
  unknownEvent: 404,
  noMeeting: 409,
  noReport: 409,
  offline: 409,
  refused: 502,
  failed: 502,
};

/**
 * The organizer page's attendance after the meeting: who attended and how long, per
 * category, organization and group beside speaking time, with a single-use CSV link.
 */
export function registerAttendanceRoutes(server: Server, deps: AttendanceRouteDeps): void {
  server.get('/api/events/:eventId/attendance', async (req, res) => {
    if (!(await chairOnly(req, res, deps))) return;
    const principal = await signedIn(req, res, deps.authenticate);
    if (!principal) return;
    const eventId = String(req.params.eventId);
    const result = await deps.attendance.report(eventId);
    if (!result.ok) {
      const locale = requestLanguage(req);
      const reason = result.reasonKey ? translate(locale, result.reasonKey) : '';
      return refuse(req, res, STATUS[result.reason], result.key, { ...result.params, reason });
    }
    const person = { tenantId: principal.tid, aadObjectId: principal.oid };
    const link = await deps.organizer.exportLink(person, eventId, 'attendanceCsv');
    res.header('Cache-Control', 'no-store');
    res.send(200, {
      ...reportJson(result.report),
      reports: result.reports,
      csvUrl: link?.url ?? null,
    });
  });
}

function reportJson(report: AttendanceReport) {
  return {
    attended: report.attended,
    unmatched: report.unmatched,
    absent: report.absent,
    byCategory: report.byCategory,
    byOrganization: report.byOrganization,
    byGroup: report.byGroup,
  };
}
