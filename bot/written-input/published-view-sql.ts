import type { Registration } from '../../core/registration/registration';
import type { WrittenInput } from '../../core/registration/written-input';
import { ALL_COLUMNS, fromRow, type RegistrationRow } from '../registration/registration-row';
import { changeChannel, type SqlClient } from '../platform/store/sql-client';
import { fromInputRow, INPUT_COLUMNS, type InputRow } from './written-input-row';

/**
 * The NOTIFY channel of changes to what the public sees of an event's written input (a
 * review, an edit of a published statement's author); the payload is the event id.
 */
export function publishedChannel(schema?: string): string {
  return changeChannel('published_inputs', schema);
}

/** What the public page and feeds of an event are made of, before the event's texts. */
export interface PublishedView {
  /** Published statements only, without file bytes, first published first. */
  inputs: WrittenInput[];
  /** The registrations of their authors, and of no one else. */
  authors: Registration[];
}

/**
 * Reads an event's published view: its published statements and only their authors'
 * registrations (not every registration of the event). A statement published between the two
 * reads may lack its author and not show; its own notice drops this view anyway.
 */
export async function readPublishedView(db: SqlClient, eventId: string): Promise<PublishedView> {
  const [inputs, authors] = await Promise.all([
    db.query<InputRow>(
      `SELECT ${INPUT_COLUMNS} FROM written_inputs
       WHERE event_id = $1 AND review_status = 'published'
       ORDER BY first_published_at, id`,
      [eventId],
    ),
    db.query<RegistrationRow>(
      `SELECT ${ALL_COLUMNS} FROM registrations WHERE id IN (
         SELECT registration_id FROM written_inputs
         WHERE event_id = $1 AND review_status = 'published')`,
      [eventId],
    ),
  ]);
  return { inputs: inputs.map(fromInputRow), authors: authors.map(fromRow) };
}

/**
 * A column for a registration's UPDATE ... RETURNING (as `updated`): tells every instance when
 * the changed registration is the author of a published statement, whose page then changes.
 * `channel` is the placeholder of publishedChannel(). (The aggregate reads `w`'s column so that
 * it belongs to the subquery, not to the outer statement.)
 */
export function notifyIfPublishedAuthor(channel: string): string {
  return `(SELECT count(pg_notify(${channel}, w.event_id)) FROM written_inputs w
    WHERE w.registration_id = updated.id AND w.review_status = 'published') AS told`;
}
