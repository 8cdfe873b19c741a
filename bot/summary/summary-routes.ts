import type { Response } from 'restify';
import { translate, type Language, type MessageKey } from '../../core/i18n/catalog';
import {
  ExcerptVisibilityRequest,
  SummaryLinkResponse,
  SummaryResponse,
} from '../../core/api/summary-api';
import type { EventSummary } from '../../core/summary/event-summary';
import {
  turnKey,
  type Excerpt,
  type TranscriptState,
} from '../../core/summary/transcript-excerpts';
import type { Route } from '../platform/feature';
import { requestLanguage } from '../platform/http/request-language';
import { sendJson } from '../platform/http/send-json';
import { refuse } from '../platform/http/sign-in';
import type { SummaryService } from './summary-service';

export interface SummaryRouteDeps {
  summaries: SummaryService;
}

/** The page has no script; styles are inline; links leave only to the published inputs. */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The chair's summary: its numbers for the organizer page, the printable page (chair's team
 * only), and a single-use share link to that page, refused the second time it is used.
 */
export function summaryRoutes(deps: SummaryRouteDeps): Route[] {
  const base = '/api/events/:eventId/summary';
  return [
    {
      method: 'get',
      path: base,
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: async (req, res) => {
        const found = await deps.summaries.summary(String(req.params.eventId));
        if (!found) return refuse(req, res, 404, 'summary.page.unknownEvent');
        res.header('Cache-Control', 'no-store');
        sendJson(res, SummaryResponse, {
          ...summaryJson(found.summary, requestLanguage(req)),
          ...saidJson(found.summary, found.transcript, found.excerpts),
        });
      },
    },
    {
      method: 'put',
      path: `${base}/excerpts/:sessionId/:entryId`,
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: async (req, res, principal) => {
        const body = ExcerptVisibilityRequest.safeParse(req.body);
        if (!body.success) return refuse(req, res, 400, 'summary.more.badRequest');
        const done = await deps.summaries.hideExcerpt(
          String(req.params.eventId),
          { sessionId: String(req.params.sessionId), entryId: String(req.params.entryId) },
          body.data.hidden,
          `${principal.tid}/${principal.oid}`,
        );
        if (!done) return refuse(req, res, 404, 'summary.page.unknownEvent');
        res.header('Cache-Control', 'no-store');
        sendJson(res, ExcerptVisibilityRequest, body.data);
      },
    },
    {
      method: 'get',
      path: `${base}/page`,
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: async (req, res) => {
        const language = requestLanguage(req);
        const html = await deps.summaries.page(String(req.params.eventId), language);
        if (!html) return refuse(req, res, 404, 'summary.page.unknownEvent');
        sendPage(res, 200, html, language);
      },
    },
    {
      method: 'post',
      path: `${base}/link`,
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: async (req, res, principal) => {
        const link = await deps.summaries.shareLink(
          `${principal.tid}/${principal.oid}`,
          String(req.params.eventId),
          requestLanguage(req),
        );
        if (!link) return refuse(req, res, 404, 'summary.page.unknownEvent');
        res.header('Cache-Control', 'no-store');
        sendJson(res, SummaryLinkResponse, {
          url: link.url,
          expiresAt: link.expiresAt.toISOString(),
        });
      },
    },
    {
      method: 'get',
      path: '/summary/:token',
      access: 'public',
      handle: async (req, res) => {
        const html = await deps.summaries.sharedPage(String(req.params.token));
        if (html) return sendPage(res, 200, html, requestLanguage(req));
        const language = requestLanguage(req);
        const message = translate(language, 'summary.page.linkUsed');
        sendPage(
          res,
          410,
          `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${message}</title></head><body><main><h1>${message}</h1></main></body></html>`,
          language,
        );
      },
    },
  ];
}

function sendPage(res: Response, status: number, html: string, language: string) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PAGE_CSP,
    'Content-Language': language,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(html);
}

function summaryJson(summary: EventSummary, language: Language): SummaryResponse {
  const a = summary.attendance;
  const attendance: SummaryResponse['attendance'] =
    a.kind === 'stored'
      ? { kind: 'stored', readAt: new Date(a.readAt).toISOString() }
      : a.kind === 'pending'
        ? { kind: 'pending', nextAt: a.nextAt === null ? null : new Date(a.nextAt).toISOString() }
        : a;
  return {
    eventId: summary.eventId,
    totals: summary.totals,
    attendance,
    byCategory: summary.byCategory,
    // Regional groups are named in the reader's language here: the tab has only its own texts.
    byRegion: summary.byRegion.map((row) => ({
      ...row,
      label: translate(language, `summary.region.${row.key}` as MessageKey),
    })),
    byCoalition: summary.byCoalition,
    byOrganization: summary.byOrganization,
    unregisteredAttendees: summary.unregisteredAttendees,
    notYetKnown: summary.notYetKnown,
  };
}

function saidJson(
  summary: EventSummary,
  transcript: TranscriptState,
  excerpts: ReadonlyMap<string, Excerpt | null>,
): Pick<SummaryResponse, 'transcript' | 'excerpts'> {
  const kind = transcript.kind === 'stored' ? { kind: 'stored' as const } : transcript;
  return {
    transcript: kind,
    excerpts: summary.speakers.flatMap((s) => {
      const excerpt = excerpts.get(turnKey(s.sessionId, s.entryId));
      return excerpt
        ? [{ sessionId: s.sessionId, entryId: s.entryId, order: s.order, name: s.name, ...excerpt }]
        : [];
    }),
  };
}
