import type { SqlClient } from '../platform/store/sql-client';
import type { CalendarLink, CalendarLinkStore } from './outbox-store';

interface LinkRow {
  token_hash: string;
  registration_id: string;
  event_id: string;
  expires_at: Date;
}

/** Calendar file links, reusable until they expire (a person may download twice). */
export class CalendarLinkSqlStore implements CalendarLinkStore {
  constructor(private readonly db: SqlClient) {}

  async create(link: CalendarLink): Promise<void> {
    await this.db.query(
      `INSERT INTO calendar_links (token_hash, registration_id, event_id, expires_at)
       VALUES ($1, $2, $3, $4)`,
      [link.tokenHash, link.registrationId, link.eventId, link.expiresAt],
    );
  }

  async find(tokenHash: string, now: Date): Promise<CalendarLink | undefined> {
    const [row] = await this.db.query<LinkRow>(
      `SELECT token_hash, registration_id, event_id, expires_at FROM calendar_links
       WHERE token_hash = $1 AND expires_at > $2`,
      [tokenHash, now],
    );
    if (!row) return undefined;
    return {
      tokenHash: row.token_hash,
      registrationId: row.registration_id,
      eventId: row.event_id,
      expiresAt: row.expires_at,
    };
  }
}
