import { RegistrationDetailResponse, StopSendingResponse } from '../../core/api';
import type { RegistrationStatus } from '../../core/registration/registration';
import type { Route } from '../platform/feature';
import { sendJson } from '../platform/http/send-json';
import { refuse } from '../platform/http/sign-in';
import type { OutboxRow } from '../outbox';
import type { OrganizerRouteDeps } from './organizer-routes';

const STATUS_KEY = /^status:[^:]+:(pending|confirmed|waitlisted|declined|withdrawn):v\d+$/;

/**
 * The desk's detail and stop routes: one registration with the history of its decisions and
 * messages (the outbox's rows), and stopping the messages still waiting to go out.
 */
export function deskRoutes(deps: OrganizerRouteDeps): Route[] {
  const base = '/api/events/:eventId';
  return [
    {
      method: 'get',
      path: `${base}/registrations/:registrationId`,
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: async (req, res) => {
        const board = await deps.registrationBoard.registration(
          String(req.params.eventId),
          String(req.params.registrationId),
        );
        if (board === 'noEvent') return refuse(req, res, 404, 'outbox.api.unknownEvent');
        if (!board) return refuse(req, res, 404, 'desk.api.unknownRegistration');
        const r = board;
        const rows = await deps.delivery.messagesOf(r.eventId, r.id);
        res.header('Cache-Control', 'no-store');
        sendJson(res, RegistrationDetailResponse, {
          registration: {
            id: r.id,
            referenceCode: r.referenceCode,
            status: r.status,
            givenName: r.givenName,
            familyName: r.familyName,
            email: r.email,
            organization: r.organization,
            category: r.category,
            country: r.country,
            jobTitle: r.jobTitle,
            wishesToSpeak: r.wishesToSpeak,
            group: r.group ? { name: r.group.name, members: [...r.group.members] } : null,
            questionIds: [...r.questionIds],
            accessibilityNeeds: r.accessibilityNeeds ?? null,
            createdAt: r.createdAt.toISOString(),
            updatedAt: r.updatedAt.toISOString(),
          },
          decisions: rows.flatMap(decisionOf),
          messages: rows.map((row) => ({
            id: row.id,
            kind: row.kind,
            status: row.status,
            createdAt: row.createdAt.toISOString(),
            sentAt: row.sentAt?.toISOString() ?? null,
            lastError: row.lastError ?? null,
          })),
        });
      },
    },
    {
      method: 'post',
      path: `${base}/delivery/stop`,
      access: 'chair',
      refusal: 'outbox.api.chairOnly',
      handle: async (req, res) => {
        const choice = await deps.decisions.resolveEvent(String(req.params.eventId));
        if (choice.kind !== 'event') return refuse(req, res, 404, 'outbox.api.unknownEvent');
        const cancelled = await deps.delivery.stopSending(choice.event);
        sendJson(res, StopSendingResponse, { cancelled });
      },
    },
  ];
}

/** A status message tells one decision: its key names the status it announced. */
function decisionOf(row: OutboxRow): Array<{ status: RegistrationStatus; at: string }> {
  const status = STATUS_KEY.exec(row.dedupeKey)?.[1] as RegistrationStatus | undefined;
  return row.kind === 'status' && status ? [{ status, at: row.createdAt.toISOString() }] : [];
}
