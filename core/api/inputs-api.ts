import { z } from 'zod';
import type { ReviewStatus } from '../registration/written-input';
import { isoInstant, word } from './shaped';

/** One statement of the chair's review list, with its author and review. */
export const InputRow = z.object({
  id: z.string(),
  kind: z.enum(['text', 'file']),
  text: z.string(),
  fileName: z.string().nullable(),
  sizeBytes: z.number(),
  receivedAt: isoInstant,
  author: z.object({
    name: z.string(),
    organization: z.string(),
    category: z.string(),
    referenceCode: z.string(),
  }),
  review: z.object({
    status: word<ReviewStatus>('a review status'),
    reason: z.string().nullable(),
    reviewedAt: isoInstant.nullable(),
  }),
});
export type InputRow = z.infer<typeof InputRow>;

/** `GET /api/events/:eventId/inputs` (the chair's team only). */
export const InputsResponse = z.object({
  event: z.object({ id: z.string(), title: z.string() }),
  /** The public page of the event's published statements. */
  publicUrl: z.string(),
  inputs: z.array(InputRow),
});
export type InputsResponse = z.infer<typeof InputsResponse>;

/** `POST /api/events/:eventId/inputs/:inputId/review`. */
export const ReviewResponse = z.object({
  result: z.enum(['changed', 'unchanged']),
  notified: z.boolean(),
  input: InputRow,
});
export type ReviewResponse = z.infer<typeof ReviewResponse>;
