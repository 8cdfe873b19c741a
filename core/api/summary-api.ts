import { z } from 'zod';

/** One row of the summary's tables (a category, regional group, coalition or organization). */
export const SummaryRowJson = z.object({
  key: z.string(),
  label: z.string(),
  registered: z.number().int(),
  confirmed: z.number().int(),
  attended: z.number().int().nullable(),
  spoke: z.number().int(),
  interventions: z.number().int(),
  speakingSeconds: z.number().int(),
});

/** `GET /api/events/:eventId/summary`: the chair's summary numbers for the organizer page. */
export const SummaryResponse = z.object({
  eventId: z.string(),
  totals: z.object({
    registered: z.number().int(),
    confirmed: z.number().int(),
    attended: z.number().int().nullable(),
    spoke: z.number().int(),
  }),
  attendance: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('stored'), readAt: z.string() }),
    z.object({ kind: z.literal('pending'), nextAt: z.string().nullable() }),
    z.object({ kind: z.literal('refused'), permission: z.string() }),
    z.object({ kind: z.literal('unavailable') }),
  ]),
  byCategory: z.array(SummaryRowJson),
  byRegion: z.array(SummaryRowJson),
  byCoalition: z.array(SummaryRowJson),
  byOrganization: z.array(SummaryRowJson),
  unregisteredAttendees: z.array(
    z.object({ name: z.string(), email: z.string().nullable(), seconds: z.number() }),
  ),
  notYetKnown: z.array(z.enum(['attendance', 'speakers'])),
  /** The meeting's transcript as read after it; `none` also before it is read. */
  transcript: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('stored') }),
      z.object({ kind: z.literal('none') }),
      z.object({ kind: z.literal('refused'), permission: z.string() }),
      z.object({ kind: z.literal('unreadable') }),
    ])
    .optional(),
  /** Each intervention's excerpt (chair's team only), hidden ones included and marked. */
  excerpts: z
    .array(
      z.object({
        sessionId: z.string(),
        entryId: z.string(),
        order: z.number().int(),
        name: z.string(),
        voices: z.array(z.string()),
        text: z.string(),
        hidden: z.boolean(),
      }),
    )
    .optional(),
});
export type SummaryResponse = z.infer<typeof SummaryResponse>;

/** `POST /api/events/:eventId/summary/link`: a single-use link to the printable page. */
export const SummaryLinkResponse = z.object({ url: z.string(), expiresAt: z.string() });
export type SummaryLinkResponse = z.infer<typeof SummaryLinkResponse>;

/** `PUT /api/events/:eventId/summary/excerpts/:sessionId/:entryId`: hide or show an excerpt. */
export const ExcerptVisibilityRequest = z.object({ hidden: z.boolean() }).strict();
export type ExcerptVisibilityRequest = z.infer<typeof ExcerptVisibilityRequest>;
