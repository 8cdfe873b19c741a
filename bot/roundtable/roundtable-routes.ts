import type { Request, Response, Server } from 'restify';
import type { ChairTeam } from '../../core/access/chair-team';
import type { Authenticate } from '../auth/authenticate';
import type { Principal } from '../auth/principal';
import type { EventCatalog } from '../event/event-catalog';
import type { OrganizerService } from '../organizer/organizer-service';
import type { Clock, Person } from '../ports';
import type { RoundtableServices } from './roundtable-services';
import { RoundtableTabService, type TabRefusal } from './roundtable-tab-service';
import { chairSignedIn, refuse, signedIn } from '../http/sign-in';
import { requestLanguage } from '../http/request-language';
import { sendJson } from '../http/send-json';
import {
  BreakoutsResponse,
  ExportLinkResponse,
  InvitationsResponse,
  MatchAnswerResponse,
  MyRoundtableResponse,
  ProgrammeResponse,
} from '../../core/api';
import { translatorFor } from '../../core/i18n/catalog';
import { breakoutsJson, invitationsJson, myRoundtableJson, programmeJson } from './roundtable-json';

export interface RoundtableRouteDeps {
  authenticate: Authenticate;
  roundtable: RoundtableServices;
  catalog: EventCatalog;
  organizer: OrganizerService;
  clock: Clock;
  chairTeam: ChairTeam;
}

const STATUS: Record<TabRefusal['status'], number> = {
  unknownEvent: 404,
  invalid: 400,
  stale: 409,
};

/**
 * The roundtable's tab API: the programme and each person's own schedule for anyone signed
 * in; the invitations and breakout lists, and their CSV links, for the chair's team only.
 */
export function registerRoundtableRoutes(server: Server, deps: RoundtableRouteDeps): void {
  const tab = new RoundtableTabService(deps.roundtable, deps.catalog, deps.clock);
  const base = '/api/events/:eventId';
  const eventOf = (req: Request) => String(req.params.eventId);
  const zoneOf = (req: Request) =>
    typeof req.query?.zone === 'string' ? req.query.zone : undefined;
  const fail = (req: Request, res: Response, r: TabRefusal) =>
    refuse(req, res, STATUS[r.status], r.key, r.params);

  server.get(`${base}/programme`, async (req, res) => {
    if (!(await signedIn(req, res, deps.authenticate))) return;
    const result = await tab.programme(eventOf(req), zoneOf(req));
    if (!result.ok) return fail(req, res, result);
    sendJson(res, ProgrammeResponse, programmeJson(result, translatorFor(requestLanguage(req))));
  });

  server.get(`${base}/my-roundtable`, async (req, res) => {
    const principal = await signedIn(req, res, deps.authenticate);
    if (!principal) return;
    const result = await tab.mine(personOf(principal), eventOf(req), zoneOf(req));
    if (!result.ok) return fail(req, res, result);
    res.header('Cache-Control', 'no-store');
    sendJson(res, MyRoundtableResponse, myRoundtableJson(result, requestLanguage(req)));
  });

  server.post(`${base}/matches/:matchId/answer`, async (req, res) => {
    const principal = await signedIn(req, res, deps.authenticate);
    if (!principal) return;
    const answer = (req.body as { answer?: unknown } | undefined)?.answer;
    const matchId = String(req.params.matchId);
    const result = await tab.answer(personOf(principal), eventOf(req), matchId, answer);
    if (!result.ok) return fail(req, res, result);
    sendJson(res, MatchAnswerResponse, { id: result.match.id, status: result.match.status });
  });

  server.get(`${base}/invitations`, async (req, res) => {
    if (!(await chairSignedIn(req, res, deps, 'roundtable.api.chairOnly'))) return;
    const result = await tab.invitations(eventOf(req));
    if (!result.ok) return fail(req, res, result);
    res.header('Cache-Control', 'no-store');
    sendJson(res, InvitationsResponse, invitationsJson(result, requestLanguage(req)));
  });

  server.get(`${base}/breakouts`, async (req, res) => {
    if (!(await chairSignedIn(req, res, deps, 'roundtable.api.chairOnly'))) return;
    const result = await tab.breakouts(eventOf(req));
    if (!result.ok) return fail(req, res, result);
    res.header('Cache-Control', 'no-store');
    sendJson(res, BreakoutsResponse, breakoutsJson(result));
  });

  for (const [path, kind] of [
    ['invitations', 'invitationsCsv'],
    ['breakouts', 'breakoutsCsv'],
  ] as const) {
    server.post(`${base}/${path}/export`, async (req, res) => {
      const principal = await chairSignedIn(req, res, deps, 'roundtable.api.chairOnly');
      if (!principal) return;
      const found = await tab.inPerson(eventOf(req));
      if (!found.ok) return fail(req, res, found);
      const link = await deps.organizer.exportLink(
        personOf(principal),
        eventOf(req),
        kind,
        requestLanguage(req),
      );
      if (!link) return refuse(req, res, 404, 'roundtable.api.unknownEvent');
      res.header('Cache-Control', 'no-store');
      sendJson(res, ExportLinkResponse, {
        url: link.url,
        expiresAt: link.expiresAt.toISOString(),
      });
    });
  }
}

function personOf(principal: Principal): Person {
  return { tenantId: principal.tid, aadObjectId: principal.oid };
}
