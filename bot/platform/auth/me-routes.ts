import type { Server } from 'restify';
import { signedIn } from '../http/sign-in';
import { sendJson } from '../http/send-json';
import { MeResponse } from '../../../core/api';
import type { Authenticate } from './authenticate';
import type { Principal } from './principal';

/** `GET /api/me`: who the tab is signed in as, and whether it is a development sign-in. */
export function registerMeRoutes(server: Server, authenticate: Authenticate): void {
  server.get('/api/me', async (req, res) => {
    const principal = await signedIn(req, res, authenticate);
    if (!principal) return;
    res.header('Cache-Control', 'no-store');
    sendJson(res, MeResponse, meJson(principal));
  });
}

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
