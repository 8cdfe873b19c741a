import { z } from 'zod';
import type { OutboxKind, OutboxStatus } from '../outbox/outbox-message';
import type { RegistrationStatus } from '../registration/registration';
import { isoInstant, word } from './shaped';

/** One message written to a registrant, and how its delivery went. */
export const RegistrationMessage = z.object({
  id: z.string(),
  kind: word<OutboxKind>('a message kind'),
  status: word<OutboxStatus>('a delivery status'),
  createdAt: isoInstant,
  sentAt: isoInstant.nullable(),
  lastError: z.string().nullable(),
});

/** `GET /api/events/:eventId/registrations/:registrationId`: every field and its history. */
export const RegistrationDetailResponse = z.object({
  registration: z.object({
    id: z.string(),
    referenceCode: z.string(),
    status: word<RegistrationStatus>('a registration status'),
    givenName: z.string(),
    familyName: z.string(),
    email: z.string(),
    organization: z.string(),
    category: z.string(),
    country: z.string(),
    jobTitle: z.string(),
    wishesToSpeak: z.boolean(),
    group: z.object({ name: z.string(), members: z.array(z.string()) }).nullable(),
    questionIds: z.array(z.string()),
    accessibilityNeeds: z.string().nullable(),
    createdAt: isoInstant,
    updatedAt: isoInstant,
  }),
  /** Each status the chair's decisions (or the person) gave, with when it was told. */
  decisions: z.array(
    z.object({ status: word<RegistrationStatus>('a registration status'), at: isoInstant }),
  ),
  messages: z.array(RegistrationMessage),
});
export type RegistrationDetailResponse = z.infer<typeof RegistrationDetailResponse>;

/** `POST /api/events/:eventId/delivery/stop`: how many waiting messages were cancelled. */
export const StopSendingResponse = z.object({ cancelled: z.number() });
export type StopSendingResponse = z.infer<typeof StopSendingResponse>;
