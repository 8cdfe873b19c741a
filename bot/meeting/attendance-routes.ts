import { translate } from '../../core/i18n/catalog';
import type { AttendanceReport } from '../../core/meeting/attendance';
import type { AttendanceResult, AttendanceService } from './attendance-service';
import type { OrganizerService } from '../organizer';
import type { OrganizerRouteDeps } from '../organizer';
import { refuse } from '../platform/http/sign-in';
import type { Route } from '../platform/feature';
import { requestLanguage } from '../platform/http/request-language';

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
export function attendanceRoutes(deps: AttendanceRouteDeps): Route[] {
  const routes: Route[] = [];
  routes.push({
    method: 'get',
    path: '/api/events/:eventId/attendance',
    access: 'chair',
    refusal: 'outbox.api.chairOnly',
    handle: async (req, res, principal) => {
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
    },
  });
  return routes;
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
