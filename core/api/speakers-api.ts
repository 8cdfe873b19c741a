import { z } from 'zod';
import type { UnRegionalGroup } from '../registration/un-regional-groups';
import type { QueueSession, SpeakingQueue } from '../speaking-queue';
import { shaped, word } from './shaped';

/** One entry of the "to be placed" pool: a registrant, or a coalition under its lead speaker. */
export const PoolEntry = z.object({
  registrationId: z.string(),
  speaker: z.object({ name: z.string(), organization: z.string() }),
  coalition: z.object({ name: z.string(), members: z.array(z.string()) }).nullable(),
  allottedSeconds: z.number().int(),
  profile: z.object({
    category: z.string(),
    country: z.string(),
    region: word<UnRegionalGroup>('a UN regional group').nullable(),
  }),
  /** Co-registrants of the coalition, folded into this entry. */
  memberRegistrationIds: z.array(z.string()),
});
export type PoolEntry = z.infer<typeof PoolEntry>;

/**
 * `GET /api/events/:eventId/speakers?session=` and the answers of placing and publishing
 * (the chair's team only): a session's provisional list, its pool and the default times.
 */
export const SpeakersResponse = z.object({
  queue: shaped<SpeakingQueue>('a speaking queue'),
  pool: z.array(PoolEntry),
  times: z.object({ individualSeconds: z.number(), coalitionSeconds: z.number() }),
  categories: z.array(z.object({ id: z.string(), label: z.string() })),
  session: shaped<QueueSession>('a session'),
  sessions: z.array(shaped<QueueSession>('a session')),
  /** After publishing: how many registrants are being told their place. */
  notified: z.number().int().optional(),
});
export type SpeakersResponse = z.infer<typeof SpeakersResponse>;

/** `POST .../speakers/place`: the registrations to place, in order, and where. */
export const PlaceSpeakersRequest = z.strictObject({
  baseVersion: z.number().int().min(0),
  registrationIds: z.array(z.string().min(1).max(100)).max(1000),
  position: z.number().int().min(1).optional(),
});

/** `POST .../speakers/publish`. */
export const PublishSpeakersRequest = z.strictObject({ baseVersion: z.number().int().min(0) });
