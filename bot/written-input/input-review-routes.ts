import type { Request, Response } from 'restify';
import type { InputReviewService, ReviewItem, ReviewOutcome } from './input-review-service';
import type { Store } from '../stores';
import { attachmentHeaders } from '../platform/http/attachment-headers';
import type { OrganizerRouteDeps } from '../organizer';
import { refuse } from '../platform/http/sign-in';
import { sendJson } from '../platform/http/send-json';
import { InputsResponse, ReviewResponse, type InputRow } from '../../core/api';
import type { Route } from '../platform/feature';

export interface InputReviewRouteDeps extends Pick<
  OrganizerRouteDeps,
  'authenticate' | 'chairTeam'
> {
  reviews: InputReviewService;
  store: Store;
}

/**
 * The organizer page's review of written input: every statement of an event with its author
 * and review, each file for reading, and publish / withhold. The chair's team only.
 */
export function inputReviewRoutes(deps: InputReviewRouteDeps): Route[] {
  const routes: Route[] = [];
  const base = '/api/events/:eventId/inputs';

  routes.push({
    method: 'get',
    path: base,
    access: 'chair',
    refusal: 'outbox.api.chairOnly',
    handle: async (req, res) => {
      const eventId = String(req.params.eventId);
      const listed = await deps.reviews.items(eventId);
      if (!listed) return refuse(req, res, 404, 'outbox.api.unknownEvent');
      res.header('Cache-Control', 'no-store');
      sendJson(res, InputsResponse, {
        event: { id: listed.event.id, title: listed.event.title },
        publicUrl: deps.reviews.pageUrl(eventId),
        inputs: listed.items.map((item) => itemJson(item, listed.event.stakeholderCategories)),
      });
    },
  });

  routes.push({
    method: 'post',
    path: `${base}/:inputId/review`,
    access: 'chair',
    refusal: 'outbox.api.chairOnly',
    handle: async (req, res, principal) => {
      const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<
        string,
        unknown
      >;
      const target = { eventId: String(req.params.eventId), inputId: String(req.params.inputId) };
      const reviewer = { tenantId: principal.tid, aadObjectId: principal.oid };
      sendOutcome(
        req,
        res,
        await deps.reviews.review(target, body.decision, body.reason, reviewer),
      );
    },
  });

  routes.push({
    method: 'get',
    path: `${base}/:inputId/file`,
    access: 'chair',
    refusal: 'outbox.api.chairOnly',
    handle: async (req, res) => {
      const input = await deps.store.writtenInputs.get(String(req.params.inputId));
      const content =
        input?.eventId === String(req.params.eventId)
          ? await deps.store.writtenInputs.content(input.id)
          : undefined;
      if (!input?.fileName || !input.contentType || !content) {
        return refuse(req, res, 404, 'inputs.refused.unknownInput', {
          id: String(req.params.inputId),
        });
      }
      res.writeHead(200, {
        ...attachmentHeaders(input.fileName, input.contentType),
        'Cache-Control': 'no-store',
        'Content-Length': String(content.length),
      });
      res.end(Buffer.from(content));
    },
  });
  return routes;
}

function sendOutcome(req: Request, res: Response, outcome: ReviewOutcome): void {
  switch (outcome.kind) {
    case 'reviewed':
    case 'unchanged':
      sendJson(res, ReviewResponse, {
        result: outcome.kind === 'reviewed' ? 'changed' : 'unchanged',
        notified: outcome.kind === 'reviewed' && outcome.notified,
        input: itemJson(outcome.item, outcome.event.stakeholderCategories),
      });
      return;
    case 'refused':
      return refuse(req, res, 400, outcome.key);
    case 'unknownInput':
    case 'ambiguous':
      return refuse(req, res, 404, 'inputs.refused.unknownInput', {
        id: String(req.params.inputId),
      });
    case 'stale':
      return refuse(req, res, 409, 'inputs.refused.stale');
  }
}

function itemJson(
  { input, registration: r }: ReviewItem,
  categories: Array<{ id: string; label: string }>,
): InputRow {
  const { review } = input;
  return {
    id: input.id,
    kind: input.kind,
    text: input.text,
    fileName: input.fileName ?? null,
    sizeBytes: input.sizeBytes,
    receivedAt: input.receivedAt.toISOString(),
    author: {
      name: `${r.givenName} ${r.familyName}`,
      organization: r.organization,
      category: categories.find((c) => c.id === r.category)?.label ?? r.category,
      referenceCode: r.referenceCode,
    },
    review: {
      status: review.status,
      reason: review.reason ?? null,
      reviewedAt: review.reviewedAt?.toISOString() ?? null,
    },
  };
}
