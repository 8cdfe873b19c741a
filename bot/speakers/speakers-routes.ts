import type { Request, Response } from 'restify';
import type { z } from 'zod';
import { eventIn } from '../../core/event/event-language';
import { translatorFor } from '../../core/i18n/catalog';
import { forScreens } from '../../core/speaking-queue';
import { PlaceSpeakersRequest, PublishSpeakersRequest, SpeakersResponse } from '../../core/api';
import type { Route } from '../platform/feature';
import { refuse } from '../platform/http/sign-in';
import { sendJson } from '../platform/http/send-json';
import { requestLanguage } from '../platform/http/request-language';
import { sessionParam } from '../queue';
import type { SpeakersOutcome, SpeakersService, SpeakersView } from './speakers-service';

export interface SpeakersRouteDeps {
  speakers: SpeakersService;
}

const STATUS: Record<Exclude<SpeakersOutcome, { ok: true }>['status'], number> = {
  stale: 409,
  conflict: 409,
  forbidden: 403,
  invalid: 400,
  notFound: 404,
  unknownEvent: 404,
  unknownSession: 404,
};

/**
 * The provisional list of speakers on the organizer page (decision 029): the session's list
 * with its "to be placed" pool, placing from the pool, and publishing. Moves, times, removal
 * and undo are the queue's own commands. The chair's team only.
 */
export function speakersRoutes(deps: SpeakersRouteDeps): Route[] {
  const base = '/api/events/:eventId/speakers';
  return [
    {
      method: 'get',
      path: base,
      access: 'chair',
      refusal: 'queue.error.chairOnly',
      handle: async (req, res) => {
        const view = await deps.speakers.view(String(req.params.eventId), sessionParam(req));
        if ('ok' in view) return refuse(req, res, 404, view.error.key, view.error.params);
        res.header('Cache-Control', 'no-store');
        sendJson(res, SpeakersResponse, speakersJson(req, view));
      },
    },
    {
      method: 'post',
      path: `${base}/place`,
      access: 'chair',
      refusal: 'queue.error.chairOnly',
      handle: async (req, res, caller) => {
        const body = parsed(req, res, PlaceSpeakersRequest);
        if (!body) return;
        const outcome = await deps.speakers.place(
          String(req.params.eventId),
          caller,
          body,
          sessionParam(req),
        );
        send(req, res, outcome);
      },
    },
    {
      method: 'post',
      path: `${base}/publish`,
      access: 'chair',
      refusal: 'queue.error.chairOnly',
      handle: async (req, res, caller) => {
        const body = parsed(req, res, PublishSpeakersRequest);
        if (!body) return;
        const outcome = await deps.speakers.publish(
          String(req.params.eventId),
          caller,
          body.baseVersion,
          sessionParam(req),
        );
        send(req, res, outcome);
      },
    },
  ];
}

function parsed<T>(req: Request, res: Response, schema: z.ZodType<T>): T | undefined {
  const result = schema.safeParse(req.body);
  if (result.success) return result.data;
  const detail = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ');
  refuse(req, res, 400, 'speakers.error.invalidRequest', { detail });
  return undefined;
}

function send(req: Request, res: Response, outcome: SpeakersOutcome): void {
  if (outcome.ok) {
    const notified = outcome.notified !== undefined ? { notified: outcome.notified } : {};
    return sendJson(res, SpeakersResponse, { ...speakersJson(req, outcome.view), ...notified });
  }
  const fresh = 'view' in outcome && outcome.view ? speakersJson(req, outcome.view) : {};
  refuse(req, res, STATUS[outcome.status], outcome.error.key, outcome.error.params, fresh);
}

function speakersJson(req: Request, view: SpeakersView): SpeakersResponse {
  const event = eventIn(view.event, translatorFor(requestLanguage(req)));
  return {
    queue: forScreens(view.queue),
    pool: view.pool.map((c) => ({
      registrationId: c.registrationId,
      speaker: { name: c.speaker.name, organization: c.speaker.organization },
      coalition:
        c.onBehalfOf.kind === 'group'
          ? { name: c.onBehalfOf.name, members: c.onBehalfOf.members }
          : null,
      allottedSeconds: c.allottedSeconds,
      profile: c.profile,
      memberRegistrationIds: c.memberRegistrationIds,
    })),
    times: view.times,
    categories: event.stakeholderCategories.map((c) => ({ id: c.id, label: c.label })),
    session: view.session,
    sessions: view.sessions,
  };
}
