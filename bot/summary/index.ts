/**
 * The summary feature (issue 24): the attendance report read after the meeting ends (a
 * persistent job with backoff), and the chair's summary of an event: numbers for the
 * organizer page, a printable page with SVG charts, and single-use share links.
 */
import type { TeamsActivityHandler } from 'botbuilder';
import type { Feature } from '../platform/feature';
import type { AttendanceJobs } from './attendance-jobs';
import { summaryRoutes, type SummaryRouteDeps } from './summary-routes';
import type { SummaryStore } from './summary-store';

export function summaryFeature(
  web: SummaryRouteDeps,
  jobs: AttendanceJobs,
  store: Pick<SummaryStore, 'eventsOfMeeting'>,
): Feature {
  return {
    name: 'summary',
    routes: summaryRoutes(web),
    listen: (bot: TeamsActivityHandler) => {
      // The meeting linked to an event ended: read its attendance report once Teams has it.
      bot.onTeamsMeetingEndEvent(async (meeting, context, next) => {
        const meetingId = (context.activity.channelData as { meeting?: { id?: unknown } })?.meeting
          ?.id;
        const endedAt = new Date(meeting.endTime);
        if (typeof meetingId === 'string' && !Number.isNaN(endedAt.getTime())) {
          await jobs.meetingEnded(await store.eventsOfMeeting(meetingId), endedAt);
        }
        await next();
      });
    },
    start: async () => jobs.start(),
    stop: () => jobs.stop(),
  };
}

export { AttendanceJobs } from './attendance-jobs';
export { SummaryService } from './summary-service';
