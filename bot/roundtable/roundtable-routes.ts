import type { Request, Response } from 'restify';
import type { ChairTeam } from '../../core/access/chair-team';
import type { Authenticate } from '../platform/auth/authenticate';
import type { Principal } from '../platform/auth/principal';
import type { EventCatalog } from '../event';
import type { OrganizerService } from '../organizer';
import type { Clock, Person } from '../platform/ports';
import type { RoundtableServices } from './roundtable-services';
import { RoundtableTabService, type TabRefusal } from './roundtable-tab-service';
import { refuse } from '../platform/http/sign-in';
import { requestLanguage } from '../platform/http/request-language';
import { sendJson } from '../platform/http/send-json';
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
import type { Route } from '../platform/feature';

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
export function roundtableRoutes(deps: RoundtableRouteDeps): Route[] {
  const routes: Route[] = [];
  const tab = new RoundtableTabService(deps.roundtable, deps.catalog, deps.clock);
  const base = '/api/events/:eventId';
  const eventOf = (req: Request) => String(req.params.eventId);
  const zoneOf = (req: Request) =>
    typeof req.query?.zone === 'string' ? req.query.zone : undefined;
  const fail = (req: Request, res: Response, r: TabRefusal) =>
    refuse(req, res, STATUS[r.status], r.key, r.params);

  routes.push({
    method: 'get',
    path: `${base}/programme`,
    access: 'signedIn',
    handle: async (req, res) => {
      const result = await tab.programme(eventOf(req), zoneOf(req));
      if (!result.ok) return fail(req, res, result);
      sendJson(res, ProgrammeResponse, programmeJson(result, translatorFor(requestLanguage(req))));
    },
  });

  routes.push({
    method: 'get',
    path: `${base}/my-roundtable`,
    access: 'signedIn',
    handle: async (req, res, principal) => {
      const result = await tab.mine(personOf(principal), eventOf(req), zoneOf(req));
      if (!result.ok) return fail(req, res, result);
      res.header('Cache-Control', 'no-store');
      sendJson(res, MyRoundtableResponse, myRoundtableJson(result, requestLanguage(req)));
    },
  });

  routes.push({
    method: 'post',
    path: `${base}/matches/:matchId/answer`,
    access: 'signedIn',
    handle: async (req, res, principal) => {
      const answer = (req.body as { answer?: unknown } | undefined)?.answer;
      const matchId = String(req.params.matchId);
      const result = await tab.answer(personOf(principal), eventOf(req), matchId, answer);
      if (!result.ok) return fail(req, res, result);
      sendJson(res, MatchAnswerResponse, { id: result.match.id, status: result.match.status });
    },
  });

  routes.push({
    method: 'get',
    path: `${base}/invitations`,
    access: 'chair',
    refusal: 'roundtable.api.chairOnly',
    handle: async (req, res) => {
      const result = await tab.invitations(eventOf(req));
      if (!result.ok) return fail(req, res, result);
      res.header('Cache-Control', 'no-store');
      sendJson(res, InvitationsResponse, invitationsJson(result, requestLanguage(req)));
    },
  });

  routes.push({
    method: 'get',
    path: `${base}/breakouts`,
    access: 'chair',
    refusal: 'roundtable.api.chairOnly',
    handle: async (req, res) => {
      const result = await tab.breakouts(eventOf(req));
      if (!result.ok) return fail(req, res, result);
      res.header('Cache-Control', 'no-store');
      sendJson(res, BreakoutsResponse, breakoutsJson(result));
    },
  });

  for (const [path, kind] of [
    ['invitations', 'invitationsCsv'],
    ['breakouts', 'breakoutsCsv'],
  ] as const) {
    routes.push({
      method: 'post',
      path: `${base}/${path}/export`,
      access: 'chair',
      refusal: 'roundtable.api.chairOnly',
      handle: async (req, res, principal) => {
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
      },
    });
  }
  return routes;
}

function personOf(principal: Principal): Person {
  return { tenantId: principal.tid, aadObjectId: principal.oid };
}
