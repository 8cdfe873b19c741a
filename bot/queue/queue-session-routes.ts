import type { Authenticate } from '../platform/auth/authenticate';
import type { SessionChoiceService } from './session-choice-service';
import type { MeetingRoles } from '../meeting-presence';
import { refuse } from '../platform/http/sign-in';
import { sendJson } from '../platform/http/send-json';
import { SessionChosenResponse, SessionsResponse } from '../../core/api';
import type { Route } from '../platform/feature';

export interface QueueSessionRouteDeps {
  authenticate: Authenticate;
  choices: SessionChoiceService;
  meetingRoles: Pick<MeetingRoles, 'withMeetingRole'>;
}

const STATUS = { unknownEvent: 404, unknownSession: 404, forbidden: 403, invalid: 400 } as const;

/**
 * Which session's list screens show: `GET .../queue/sessions` (the sessions, the one to open
 * now and the chair's choice) and `PUT .../queue/sessions/chosen` `{ sessionId }` (chairs).
 */
export function queueSessionRoutes(deps: QueueSessionRouteDeps): Route[] {
  const routes: Route[] = [];
  const base = '/api/events/:eventId/queue/sessions';

  routes.push({
    method: 'get',
    path: base,
    access: 'signedIn',
    handle: async (req, res) => {
      const outcome = await deps.choices.sessions(String(req.params.eventId));
      if (!outcome.ok) return refuse(req, res, 404, outcome.error.key, outcome.error.params);
      res.header('Cache-Control', 'no-store');
      sendJson(res, SessionsResponse, {
        sessions: outcome.sessions,
        open: outcome.open.id,
        chosen: outcome.chosen
          ? { sessionId: outcome.chosen.sessionId, at: outcome.chosen.at.toISOString() }
          : null,
      });
    },
  });

  routes.push({
    method: 'put',
    path: `${base}/chosen`,
    access: 'signedIn',
    handle: async (req, res, caller) => {
      const eventId = String(req.params.eventId);
      const principal = caller && (await deps.meetingRoles.withMeetingRole(eventId, caller));
      if (!principal) return;
      const outcome = await deps.choices.choose(eventId, principal, req.body);
      if (!outcome.ok) {
        const params = 'params' in outcome.error ? outcome.error.params : undefined;
        return refuse(req, res, STATUS[outcome.status], outcome.error.key, params);
      }
      const { sessionId, at } = outcome.choice;
      sendJson(res, SessionChosenResponse, { chosen: { sessionId, at: at.toISOString() } });
    },
  });
  return routes;
}
