import { z } from 'zod';
import type { BoardRow } from '../registration/board-row';
import type { DecisionResult } from '../registration/decision-results';
import type { OutboxKind, OutboxStatus } from '../outbox/outbox-message';
import type { RegistrationStatus } from '../registration/registration';
import { isoInstant, shaped, word } from './shaped';

/** One row of the registrations board: the board's row, its date as ISO text. */
export type RegistrationRow = Omit<BoardRow, 'createdAt'> & { createdAt: string };

/** `GET /api/events/:eventId/registrations` (the chair's team only). */
export const RegistrationsResponse = z.object({
  event: z.object({ id: z.string(), title: z.string() }),
  categories: z.array(z.object({ id: z.string(), label: z.string() })),
  capacity: z.number().nullable(),
  counts: z.object({
    byStatus: shaped<Record<RegistrationStatus, number>>('counts by status'),
    byCategory: z.record(z.string(), z.number()),
  }),
  registrations: z.array(shaped<RegistrationRow>('a registration row')),
});
export type RegistrationsResponse = z.infer<typeof RegistrationsResponse>;

/** `POST /api/events/:eventId/registrations/decisions`. */
export const DecisionResponse = z.object({
  counts: z.object({
    confirmed: z.number(),
    waitlisted: z.number(),
    declined: z.number(),
    unchanged: z.number(),
  }),
  conflicts: z.number(),
  capacity: z.number().nullable(),
  confirmedNow: z.number(),
  results: z.array(shaped<DecisionResult>('a decision result')),
});
export type DecisionResponse = z.infer<typeof DecisionResponse>;

/** A message that could not be delivered, with whom it was for and why. */
export const FailedDelivery = z.object({
  id: z.string(),
  referenceCode: z.string(),
  recipientName: z.string(),
  kind: word<OutboxKind>('a message kind'),
  reason: z.string(),
  attempts: z.number(),
});

/** `GET /api/events/:eventId/delivery`; the retry answers the same with `retried`. */
export const DeliveryResponse = z.object({
  counts: shaped<Record<OutboxStatus, number>>('counts by status'),
  /** The same counts for Teams chats and for mail (people registered on the web). */
  byChannel: z.object({
    teams: shaped<Record<OutboxStatus, number>>('Teams counts by status'),
    email: shaped<Record<OutboxStatus, number>>('mail counts by status'),
  }),
  /** Of the pending ones, reminders whose time has not come yet. */
  scheduled: z.number(),
  failed: z.array(FailedDelivery),
  /** Lobby and presenter settings of the event's meeting, once one was created. */
  meetingOptions: z.object({ status: z.string(), message: z.string() }).nullable(),
  retried: z.number().optional(),
});
export type DeliveryResponse = z.infer<typeof DeliveryResponse>;

/** A single-use download link (CSV exports). */
export const ExportLinkResponse = z.object({ url: z.string(), expiresAt: isoInstant });
export type ExportLinkResponse = z.infer<typeof ExportLinkResponse>;
