import type { SqlClient } from '../sql-client';
import type { ConversationStore, StoredConversation } from '../store';
import { isUnLanguage, type UnLanguage } from '../../../core/i18n/catalog';

interface ConversationRow {
  conversation_id: string;
  service_url: string;
  reference: unknown;
  local_timezone: string | null;
  updated_at: Date;
  language: string | null;
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
      `SELECT c.conversation_id, c.service_url, c.reference, c.local_timezone, c.updated_at,
              l.language
       FROM conversations c
       LEFT JOIN person_languages l
         ON l.tenant_id = c.tenant_id AND l.aad_object_id = c.aad_object_id
       WHERE c.tenant_id = $1 AND c.aad_object_id = $2`,
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
      ...(row.language && isUnLanguage(row.language) ? { language: row.language } : {}),
    };
  }

  async setLanguage(
    tenantId: string,
    aadObjectId: string,
    language: UnLanguage,
    at: Date,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO person_languages (tenant_id, aad_object_id, language, updated_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET
         language = EXCLUDED.language, updated_at = EXCLUDED.updated_at`,
      [tenantId, aadObjectId, language, at],
    );
  }

  async language(tenantId: string, aadObjectId: string): Promise<UnLanguage | undefined> {
    const [row] = await this.db.query<{ language: string }>(
      'SELECT language FROM person_languages WHERE tenant_id = $1 AND aad_object_id = $2',
      [tenantId, aadObjectId],
    );
    return row && isUnLanguage(row.language) ? row.language : undefined;
  }
}
