import type { PendingCode } from '../../core/email-identity/verification-code';
import type { SqlClient } from '../platform/store/sql-client';
import type { AwaitedAction, EmailIdentityStore, Verification } from './email-identity-store';

/** The email step's state in SQL (migrations 047 and 048), the same on PGlite and PostgreSQL. */
export class EmailIdentitySqlStore implements EmailIdentityStore {
  constructor(private readonly db: SqlClient) {}

  async pendingCode(conversationKey: string): Promise<PendingCode | undefined> {
    const [row] = await this.db.query<{
      email: string;
      code_hash: string;
      expires_at: Date;
      tries: number;
    }>('SELECT email, code_hash, expires_at, tries FROM email_codes WHERE conversation_key = $1', [
      conversationKey,
    ]);
    return (
      row && {
        email: row.email,
        codeHash: row.code_hash,
        expiresAt: new Date(row.expires_at),
        tries: row.tries,
      }
    );
  }

  async saveCode(conversationKey: string, code: PendingCode, clientKey: string, at: Date) {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO email_codes (conversation_key, email, code_hash, expires_at, tries)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (conversation_key) DO UPDATE SET email = EXCLUDED.email,
           code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at, tries = EXCLUDED.tries`,
        [conversationKey, code.email, code.codeHash, code.expiresAt, code.tries],
      );
      await tx.query(
        'INSERT INTO email_code_sends (email, client_key, sent_at) VALUES ($1, $2, $3)',
        [code.email, clientKey, at],
      );
    });
  }

  async countWrongTry(conversationKey: string, seen: number): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE email_codes SET tries = tries + 1
       WHERE conversation_key = $1 AND tries = $2 RETURNING tries`,
      [conversationKey, seen],
    );
    return rows.length === 1;
  }

  async lock(email: string, until: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM email_codes WHERE email = $1', [email]);
      await tx.query(
        `INSERT INTO email_locks (email, locked_until) VALUES ($1, $2)
         ON CONFLICT (email) DO UPDATE SET locked_until = EXCLUDED.locked_until`,
        [email, until],
      );
    });
  }

  async lockedUntil(email: string): Promise<Date | undefined> {
    const [row] = await this.db.query<{ locked_until: Date }>(
      'SELECT locked_until FROM email_locks WHERE email = $1',
      [email],
    );
    return row && new Date(row.locked_until);
  }

  async sendsSince(email: string, clientKey: string, since: Date) {
    const rows = await this.db.query<{ email: string; client_key: string; sent_at: Date }>(
      `SELECT email, client_key, sent_at FROM email_code_sends
       WHERE (email = $1 OR client_key = $2) AND sent_at > $3`,
      [email, clientKey, since],
    );
    return {
      address: rows.filter((r) => r.email === email).map((r) => new Date(r.sent_at)),
      client: rows.filter((r) => r.client_key === clientKey).map((r) => new Date(r.sent_at)),
    };
  }

  async verify(conversationKey: string, email: string, at: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM email_codes WHERE conversation_key = $1', [conversationKey]);
      await tx.query(
        `INSERT INTO email_verifications (conversation_key, email, verified_at) VALUES ($1, $2, $3)
         ON CONFLICT (conversation_key) DO UPDATE SET email = EXCLUDED.email,
           verified_at = EXCLUDED.verified_at`,
        [conversationKey, email, at],
      );
    });
  }

  async verification(conversationKey: string): Promise<Verification | undefined> {
    const [row] = await this.db.query<{ email: string; verified_at: Date }>(
      'SELECT email, verified_at FROM email_verifications WHERE conversation_key = $1',
      [conversationKey],
    );
    return row && { email: row.email, verifiedAt: new Date(row.verified_at) };
  }

  async dropCode(conversationKey: string): Promise<void> {
    await this.db.query('DELETE FROM email_codes WHERE conversation_key = $1', [conversationKey]);
  }

  async awaitAction(conversationKey: string, action: AwaitedAction, at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO email_awaited_actions (conversation_key, verb, event_id, noted_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (conversation_key) DO UPDATE SET verb = EXCLUDED.verb,
         event_id = EXCLUDED.event_id, noted_at = EXCLUDED.noted_at`,
      [conversationKey, action.verb, action.eventId, at],
    );
  }

  async takeAwaitedAction(conversationKey: string): Promise<AwaitedAction | undefined> {
    const [row] = await this.db.query<{ verb: string; event_id: string }>(
      'DELETE FROM email_awaited_actions WHERE conversation_key = $1 RETURNING verb, event_id',
      [conversationKey],
    );
    return row && { verb: row.verb, eventId: row.event_id };
  }
}
