import type { SqlClient } from '../sql-client';
import type { ConversationStore, StoredConversation } from '../store';

interface ConversationRow {
  conversation_id: string;
  service_url: string;
  reference: unknown;
  local_timezone: string | null;
  updated_at: Date;
}

/** The latest conversation reference per person, replaced on every turn. */
export class ConversationSqlStore implements ConversationStore {
  constructor(private readonly db: SqlClient) {}

  async save(c: StoredConversation): Promise<void> {
    await this.db.query(
      `INSERT INTO conversations
         (tenant_id, aad_object_id, conversation_id, service_url, reference, updated_at,
          local_timezone)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET
         conversation_id = EXCLUDED.conversation_id, service_url = EXCLUDED.service_url,
         reference = EXCLUDED.reference, updated_at = EXCLUDED.updated_at,
         local_timezone = COALESCE(EXCLUDED.local_timezone, conversations.local_timezone)`,
      [
        c.tenantId,
        c.aadObjectId,
        c.conversationId,
        c.serviceUrl,
        JSON.stringify(c.reference),
        c.updatedAt,
        c.localTimezone ?? null,
      ],
    );
  }

  async get(tenantId: string, aadObjectId: string): Promise<StoredConversation | undefined> {
    const [row] = await this.db.query<ConversationRow>(
      `SELECT conversation_id, service_url, reference, local_timezone, updated_at FROM conversations
       WHERE tenant_id = $1 AND aad_object_id = $2`,
      [tenantId, aadObjectId],
    );
    if (!row) return undefined;
    return {
      tenantId,
      aadObjectId,
      conversationId: row.conversation_id,
      serviceUrl: row.service_url,
      reference: row.reference,
      ...(row.local_timezone ? { localTimezone: row.local_timezone } : {}),
      updatedAt: row.updated_at,
    };
  }
}
