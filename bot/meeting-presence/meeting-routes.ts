import type { Authenticate } from '../platform/auth/authenticate';
import type { LinkOutcome, MeetingService } from './meeting-service';
import { refuse } from '../platform/http/sign-in';
import { sendJson } from '../platform/http/send-json';
import { MeetingLinkResponse } from '../../core/api';
import type { Route } from '../platform/feature';

export interface MeetingRouteDeps {
  authenticate: Authenticate;
  meetings: MeetingService;
}

const STATUS: Record<Exclude<LinkOutcome, { ok: true }>['status'], number> = {
  unknownEvent: 404,
  forbidden: 403,
  invalid: 400,
};

/**
 * Links an event to the Teams meeting its queue runs in: the tab's configuration page sends
 * `{ meetingId }` from its Teams context. Chairs only, signed in as for the queue.
 */
export function meetingRoutes(deps: MeetingRouteDeps): Route[] {
  const routes: Route[] = [];
  routes.push({
    method: 'post',
    path: '/api/events/:eventId/meeting',
    access: 'signedIn',
    handle: async (req, res, principal) => {
      const outcome = await deps.meetings.link(String(req.params.eventId), principal, req.body);
      if (!outcome.ok) return refuse(req, res, STATUS[outcome.status], outcome.error.key);
      const { eventId, meetingId, linkedAt } = outcome.link;
      sendJson(res, MeetingLinkResponse, { eventId, meetingId, linkedAt: linkedAt.toISOString() });
    },
  });
  return routes;
}
