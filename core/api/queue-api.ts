import { z } from 'zod';
import type { QueuePresence, RegistrantPresence } from '../meeting-presence';
import type { QueueSession, SpeakingQueue } from '../speaking-queue';
import { GuidingQuestion } from './events-api';
import { isoInstant, shaped } from './shaped';

/** A queue state with the server's clock at the moment it was sent (commands, stream frames). */
export const QueueUpdate = z.object({
  queue: shaped<SpeakingQueue>('a speaking queue'),
  serverNow: z.number(),
});
export type QueueUpdate = z.infer<typeof QueueUpdate>;

/** `GET /api/events/:eventId/queue`: a session's list of speakers as the caller may see it. */
export const QueueResponse = QueueUpdate.extend({
  role: z.enum(['chair', 'attendee']),
  me: z.object({ registrationId: z.string().optional(), name: z.string() }),
  /** Of each entry of the list: is its speaker in the Teams meeting. */
  presence: shaped<QueuePresence>('presence by entry'),
  /** For the chair's team: who of the registrants is in the Teams meeting (join/leave events). */
  registrantPresence: shaped<RegistrantPresence>('presence by registration').optional(),
  event: z.object({
    id: z.string(),
    title: z.string(),
    timeZone: z.string(),
    start: z.string(),
    end: z.string(),
    guidingQuestions: z.array(GuidingQuestion),
    /** Stakeholder categories with their labels, for the chair's balance of the floor. */
    categories: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
    defaultSpeakingTimeSeconds: z.number(),
    /** The texts above shown in the event's own language, to be marked with its `lang`. */
    untranslated: z
      .object({
        language: z.string(),
        title: z.string().optional(),
        guidingQuestions: z.record(z.string(), z.string()),
      })
      .optional(),
  }),
  /** The session of this list, and every session of the event that keeps one. */
  session: shaped<QueueSession>('a session'),
  sessions: z.array(shaped<QueueSession>('a session')),
});
export type QueueResponse = z.infer<typeof QueueResponse>;

/** The chair's choice of the session every screen shows. */
export const ChosenSession = z.object({ sessionId: z.string(), at: isoInstant });

/** `GET /api/events/:eventId/queue/sessions`. */
export const SessionsResponse = z.object({
  sessions: z.array(shaped<QueueSession>('a session')),
  /** The session to open now: the chair's recent choice, else the programme's. */
  open: z.string(),
  chosen: ChosenSession.nullable(),
});
export type SessionsResponse = z.infer<typeof SessionsResponse>;

/** `PUT /api/events/:eventId/queue/sessions/chosen`. */
export const SessionChosenResponse = z.object({ chosen: ChosenSession });
export type SessionChosenResponse = z.infer<typeof SessionChosenResponse>;

/** `POST /api/events/:eventId/meeting`: the event linked to a Teams meeting. */
export const MeetingLinkResponse = z.object({
  eventId: z.string(),
  meetingId: z.string(),
  linkedAt: isoInstant,
});
export type MeetingLinkResponse = z.infer<typeof MeetingLinkResponse>;
