import { ExportLinkResponse } from '../../core/api';
import type { Principal } from '../platform/auth/principal';
import type { Route } from '../platform/feature';
import { requestLanguage } from '../platform/http/request-language';
import { sendJson } from '../platform/http/send-json';
import { refuse } from '../platform/http/sign-in';
import type { OrganizerService } from './organizer-service';

const KINDS = { csv: 'registrationsCsv', xlsx: 'registrationsXlsx' } as const;

/**
 * `POST /api/events/:eventId/registrations/export` `{ format: 'csv' | 'xlsx' }`: a single-use
 * link to the registrations (decision 003), as the chat's `export` gives. The chair's team only.
 */
export function exportRoutes(organizer: OrganizerService): Route[] {
  return [
    {
      method: 'post',
      path: '/api/events/:eventId/registrations/export',
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: async (req, res, principal) => {
        const format = (req.body as { format?: unknown } | undefined)?.format;
        if (format !== 'csv' && format !== 'xlsx')
          return refuse(req, res, 400, 'desk.api.exportFormat');
        const link = await organizer.exportLink(
          personOf(principal),
          String(req.params.eventId),
          KINDS[format],
          requestLanguage(req),
        );
        if (!link) return refuse(req, res, 404, 'outbox.api.unknownEvent');
        res.header('Cache-Control', 'no-store');
        sendJson(res, ExportLinkResponse, {
          url: link.url,
          expiresAt: link.expiresAt.toISOString(),
        });
      },
    },
  ];
}

function personOf(principal: Principal) {
  return { tenantId: principal.tid, aadObjectId: principal.oid };
}
