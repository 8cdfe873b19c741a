import type { Route } from '../feature';
import { sendJson } from '../http/send-json';
import { MeResponse } from '../../../core/api';
import type { Principal } from './principal';

/** `GET /api/me`: who the tab is signed in as, and whether it is a development sign-in. */
export const meRoute: Route = {
  method: 'get',
  path: '/api/me',
  access: 'signedIn',
  handle: async (_req, res, principal) => {
    res.header('Cache-Control', 'no-store');
    sendJson(res, MeResponse, meJson(principal));
  },
};

function meJson(principal: Principal): MeResponse {
  return {
    dev: principal.dev,
    oid: principal.oid,
    tid: principal.tid,
    name: principal.name,
    preferredUsername: principal.preferredUsername ?? null,
    email: principal.email ?? null,
    ...(principal.dev ? { meetingRole: principal.meetingRole } : {}),
  };
}
