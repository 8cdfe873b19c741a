import { z } from 'zod';

/** Field shapes shared by the event schema and its roundtable part. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
export const shortId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/);
