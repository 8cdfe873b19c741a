import { z } from 'zod';

/**
 * `POST .../registrations/decisions/preview`: what a decision would do, before it is done,
 * with the messages counted by the rule that writes them.
 */
export const DecisionPreviewResponse = z.object({
  confirmed: z.number(),
  waitlisted: z.number(),
  declined: z.number(),
  unchanged: z.number(),
  messagesNow: z.number(),
  reminders: z.number(),
});
export type DecisionPreviewResponse = z.infer<typeof DecisionPreviewResponse>;

/** `POST .../capacity/preview` and `PUT .../capacity`: what the capacity means for those waiting. */
export const CapacityResponse = z.object({
  capacity: z.number().nullable(),
  confirmed: z.number(),
  over: z.number(),
  free: z.number().nullable(),
  pending: z.number(),
  wouldConfirm: z.number(),
  wouldWaitlist: z.number(),
  waitlisted: z.number(),
});
export type CapacityResponse = z.infer<typeof CapacityResponse>;
