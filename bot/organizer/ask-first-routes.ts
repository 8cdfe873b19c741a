import type { Request, Response } from 'restify';
import { CapacityResponse, DecisionPreviewResponse } from '../../core/api';
import type { CapacityEffect } from '../../core/registration/capacity-rule';
import { parseCapacityRequest } from '../../core/registration/capacity-rule';
import { parseDecisionRequest } from '../../core/registration/decision-request';
import type { Route } from '../platform/feature';
import { sendJson } from '../platform/http/send-json';
import { refuse } from '../platform/http/sign-in';
import type { OrganizerRouteDeps } from './organizer-routes';

/**
 * What the desk asks before a mass action: a decision's preview (people and messages, counted
 * by the rule that writes them), and the capacity, previewed and then set. Setting the
 * capacity is the chat command's rule: it changes no registration and sends no message.
 */
export function askFirstRoutes(deps: OrganizerRouteDeps): Route[] {
  const base = '/api/events/:eventId';
  const capacity =
    (set: boolean) =>
    async (req: Request, res: Response): Promise<unknown> => {
      const parsed = parseCapacityRequest(req.body);
      if (!parsed.ok) return refuse(req, res, 400, parsed.key);
      const choice = await deps.decisions.resolveEvent(String(req.params.eventId));
      if (choice.kind !== 'event') return refuse(req, res, 404, 'outbox.api.unknownEvent');
      const effect = set
        ? await deps.delivery.setCapacity(choice.event, parsed.capacity)
        : await deps.delivery.capacityEffect(choice.event, parsed.capacity);
      sendJson(res, CapacityResponse, capacityJson(effect));
    };
  return [
    {
      method: 'post',
      path: `${base}/registrations/decisions/preview`,
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: async (req, res) => {
        const parsed = parseDecisionRequest(req.body);
        if (!parsed.ok) return refuse(req, res, 400, parsed.problem.key, parsed.problem.params);
        const { action, registrationIds } = parsed.value;
        const eventId = String(req.params.eventId);
        const outcome = await deps.decisions.preview(
          action,
          registrationIds === 'allPending'
            ? { allPending: true, eventId }
            : { eventId, registrationIds },
        );
        if (outcome.kind === 'preview')
          return sendJson(res, DecisionPreviewResponse, outcome.preview);
        if (outcome.kind === 'unknownRegistrations')
          return refuse(req, res, 400, 'outbox.api.unknownIds', {
            ids: outcome.registrationIds.join(', '),
          });
        return refuse(req, res, 404, 'outbox.api.unknownEvent');
      },
    },
    {
      method: 'post',
      path: `${base}/capacity/preview`,
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: capacity(false),
    },
    {
      method: 'put',
      path: `${base}/capacity`,
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: capacity(true),
    },
  ];
}

function capacityJson(effect: CapacityEffect): CapacityResponse {
  return { ...effect, capacity: effect.capacity ?? null, free: effect.free ?? null };
}
