import { z } from 'zod';
import { isoInstant } from './shaped';

/** A guiding question as the tab shows it. */
export const GuidingQuestion = z.object({
  id: z.string(),
  shortTitle: z.string().optional(),
  text: z.string(),
});
export type GuidingQuestion = z.infer<typeof GuidingQuestion>;

/** One event of `GET /api/events`, in the reader's language where the event file gives it. */
export const EventSummary = z.object({
  id: z.string(),
  /** The language the reader asked for. */
  language: z.string(),
  /** The language the texts are in when the event file has none in the reader's. */
  eventLanguage: z.string(),
  title: z.string(),
  kind: z.string(),
  timeZone: z.string(),
  start: isoInstant,
  end: isoInstant,
  registrationOpens: isoInstant,
  registrationDeadline: isoInstant,
  registrationPhase: z.string(),
  topic: z.string().optional(),
  guidingQuestions: z.array(GuidingQuestion),
});
export type EventSummary = z.infer<typeof EventSummary>;

/** `GET /api/events`. */
export const EventsResponse = z.object({ events: z.array(EventSummary) });
export type EventsResponse = z.infer<typeof EventsResponse>;

/** `GET /api/me`: who the tab is signed in as. */
export const MeResponse = z.object({
  dev: z.boolean(),
  oid: z.string(),
  tid: z.string(),
  name: z.string(),
  preferredUsername: z.string().nullable(),
  email: z.string().nullable(),
  /** Development sign-in only: the meeting role the test user plays. */
  meetingRole: z.string().optional(),
});
export type MeResponse = z.infer<typeof MeResponse>;
