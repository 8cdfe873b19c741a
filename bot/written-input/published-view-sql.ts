import type { Registration } from '../../core/registration/registration';
import type { WrittenInput } from '../../core/registration/written-input';
import { ALL_COLUMNS, fromRow, type RegistrationRow } from '../registration';
import type { SqlClient } from '../platform/store/sql-client';
import { fromInputRow, INPUT_COLUMNS, type InputRow } from './written-input-row';

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
