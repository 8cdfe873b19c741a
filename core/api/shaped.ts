import { z } from 'zod';

/**
 * A value whose type is already defined once in core (a speaking queue, a board row): the API
 * schema names it without restating it, so both sides still share the one definition, and the
 * response check only asks that it is an object (or array) as sent.
 */
export function shaped<T>(what: string) {
  return z.custom<T>((value) => typeof value === 'object' && value !== null, {
    message: `expected ${what}`,
  });
}

/** An instant as the API sends it: ISO 8601 text. */
export const isoInstant = z.iso.datetime({ offset: true });

/** A word of a closed vocabulary defined once in core (a status, a kind). */
export function word<T extends string>(what: string) {
  return z.custom<T>((value) => typeof value === 'string', { message: `expected ${what}` });
}
