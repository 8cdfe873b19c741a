import type { Request, Response } from 'restify';
import type { ChairTeam } from '../../core/access/chair-team';
import { translate } from '../../core/i18n/catalog';
import { parseDecisionRequest, parseRetryRequest } from '../../core/registration/decision-request';
import type { Authenticate } from '../platform/auth/authenticate';
import type { DecisionOutcome, DecisionService } from './decision-service';
import type { DeliveryReport, DeliveryService } from '../outbox';
import type { RegistrationBoard, RegistrationBoardView } from './registration-board';
import { localeOf, refuse } from '../platform/http/sign-in';
import { sendJson } from '../platform/http/send-json';
import { DecisionResponse, DeliveryResponse, RegistrationsResponse } from '../../core/api';
import type { Route } from '../platform/feature';
import { requestLanguage } from '../platform/http/request-language';

export interface OrganizerRouteDeps {
  authenticate: Authenticate;
  chairTeam: ChairTeam;
  decisions: DecisionService;
  delivery: DeliveryService;
  registrationBoard: RegistrationBoard;
}

/**
 * The organizer page's API: an event's registrations and the chair's decisions on them, and
 * the delivery of the messages those decisions send. The chair's team only.
 */
export function organizerRoutes(deps: OrganizerRouteDeps): Route[] {
  const routes: Route[] = [];
  const base = '/api/events/:eventId';

  routes.push({
    method: 'get',
    path: `${base}/registrations`,
    access: 'chair',
    refusal: 'outbox.api.chairOnly',
    handle: async (req, res) => {
      const board = await deps.registrationBoard.of(String(req.params.eventId));
      if (!board) return refuse(req, res, 404, 'outbox.api.unknownEvent');
      res.header('Cache-Control', 'no-store');
      sendJson(res, RegistrationsResponse, boardJson(board));
    },
  });

  routes.push({
    method: 'post',
    path: `${base}/registrations/decisions`,
    access: 'chair',
    refusal: 'outbox.api.chairOnly',
    handle: async (req, res) => {
      const parsed = parseDecisionRequest(req.body);
      if (!parsed.ok) return refuse(req, res, 400, parsed.problem.key, parsed.problem.params);
      const { action, registrationIds } = parsed.value;
      const eventId = String(req.params.eventId);
      const target =
        registrationIds === 'allPending'
          ? { allPending: true as const, eventId }
          : { eventId, registrationIds };
      sendOutcome(req, res, await deps.decisions.decide(action, target));
    },
  });

  routes.push({
    method: 'get',
    path: `${base}/delivery`,
    access: 'chair',
    refusal: 'outbox.api.chairOnly',
    handle: async (req, res) => {
      const event = await eventOf(req, deps);
      if (!event) return refuse(req, res, 404, 'outbox.api.unknownEvent');
      res.header('Cache-Control', 'no-store');
      sendJson(
        res,
        DeliveryResponse,
        deliveryJson(await deps.delivery.report(event), localeOf(req)),
      );
    },
  });

  routes.push({
    method: 'post',
    path: `${base}/delivery/retry`,
    access: 'chair',
    refusal: 'outbox.api.chairOnly',
    handle: async (req, res) => {
      const parsed = parseRetryRequest(req.body);
      if (!parsed.ok) return refuse(req, res, 400, parsed.problem.key, parsed.problem.params);
      const event = await eventOf(req, deps);
      if (!event) return refuse(req, res, 404, 'outbox.api.unknownEvent');
      const retried = await deps.delivery.retryFailed(event, parsed.value);
      sendJson(res, DeliveryResponse, {
        retried,
        ...deliveryJson(await deps.delivery.report(event), localeOf(req)),
      });
    },
  });
  return routes;
}

async function eventOf(req: Request, deps: OrganizerRouteDeps) {
  const choice = await deps.decisions.resolveEvent(String(req.params.eventId));
  return choice.kind === 'event' ? choice.event : undefined;
}

function sendOutcome(req: Request, res: Response, outcome: DecisionOutcome): void {
  switch (outcome.kind) {
    case 'done': {
      const { counts, conflicts, capacity, confirmedNow, results } = outcome;
      sendJson(res, DecisionResponse, {
        counts,
        conflicts,
        capacity: capacity ?? null,
        confirmedNow,
        results,
      });
      return;
    }
    case 'unknownRegistrations':
      return refuse(req, res, 400, 'outbox.api.unknownIds', {
        ids: outcome.registrationIds.join(', '),
      });
    case 'meetingFailed': {
      const locale = requestLanguage(req);
      const reason = translate(locale, outcome.error.messageKey, outcome.error.params);
      return refuse(req, res, 502, 'outbox.chair.meetingFailed', { reason });
    }
    case 'noEvent':
    case 'notFound':
    case 'whichEvent':
      return refuse(req, res, 404, 'outbox.api.unknownEvent');
  }
}

function boardJson(board: RegistrationBoardView): RegistrationsResponse {
  return {
    event: { id: board.event.id, title: board.event.title },
    categories: board.event.stakeholderCategories.map(({ id, label }) => ({ id, label })),
    capacity: board.capacity ?? null,
    counts: { byStatus: board.byStatus, byCategory: board.byCategory },
    registrations: board.rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
  };
}

function deliveryJson(report: DeliveryReport, locale: string): DeliveryResponse {
  const options = report.meetingOptions;
  return {
    counts: report.counts,
    byChannel: report.byChannel,
    scheduled: report.scheduled,
    failed: report.failed,
    meetingOptions: options
      ? { status: options.key, message: translate(locale, options.key, options.params) }
      : null,
  };
}
