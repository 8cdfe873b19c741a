import { changeChannel } from '../platform/store/sql-client';

// Registration's side of the public written-input view (bot/written-input/published-view-sql.ts):
// an edit of a published statement's author changes that page, so the registration store tells
// the view's channel. It lives here so that written input depends on registration, not back.

/**
 * The NOTIFY channel of changes to what the public sees of an event's written input (a
 * review, an edit of a published statement's author); the payload is the event id.
 */
export function publishedChannel(schema?: string): string {
  return changeChannel('published_inputs', schema);
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
