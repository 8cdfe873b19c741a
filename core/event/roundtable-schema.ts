import { z } from 'zod';
import { localTime, shortId, text } from './schema-parts';

/**
 * Optional fields of an in-person roundtable: thematic areas, regions, breakout groups,
 * matchmaking slots and tables, and the people named in the programme.
 */
export const PersonSchema = z.strictObject({
  name: text(200),
  title: text(200).optional(),
  organization: text(200).optional(),
  toBeConfirmed: z.boolean().optional(),
});

export const SessionRoundtableFields = {
  moderators: z.array(PersonSchema).max(20).optional(),
  speakers: z.array(PersonSchema).max(100).optional(),
  slots: z
    .array(z.strictObject({ id: shortId, start: localTime, end: localTime }))
    .max(50)
    .optional(),
  tables: z
    .array(z.strictObject({ id: shortId, label: text(100) }))
    .max(500)
    .optional(),
};

const labelled = z.strictObject({ id: shortId, label: text(200) });

export const EventRoundtableFields = {
  thematicAreas: z.array(labelled).max(50).optional(),
  regions: z.array(labelled).max(50).optional(),
  breakoutGroups: z
    .array(
      z.strictObject({
        id: shortId,
        thematicAreaId: shortId,
        title: text(200),
        capacity: z.number().int().min(1).max(5000),
        location: text(200).optional(),
      }),
    )
    .max(50)
    .optional(),
};
