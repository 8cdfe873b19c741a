import { changeChannel, type SqlClient } from '../sql-client';
import type { ConversationStore, StoredConversation } from '../store';
import { isUnLanguage, type UnLanguage } from '../../../core/i18n/catalog';
import { FollowedCache } from '../followed-cache';

/** The NOTIFY channel of language choices; the payload is the person's key (`keyOf`). */
export function languageChannel(schema?: string): string {
  return changeChannel('language_changes', schema);
}

// The reference is saved on a person's first turn, which also asks for their language: one
// round trip does both (the sub-select sees the choice as it was before this statement).
const SAVE = `
  WITH saved AS (
    INSERT INTO conversations
      (tenant_id, aad_object_id, conversation_id, service_url, reference, updated_at,
       local_timezone)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET
      conversation_id = EXCLUDED.conversation_id, service_url = EXCLUDED.service_url,
      reference = EXCLUDED.reference, updated_at = EXCLUDED.updated_at,
      local_timezone = COALESCE(EXCLUDED.local_timezone, conversations.local_timezone)
    RETURNING 1)
  SELECT (SELECT language FROM person_languages
          WHERE tenant_id = $1 AND aad_object_id = $2) AS language
  FROM saved`;

// One statement records the choice and tells every instance, when it commits.
const SET_LANGUAGE = `
  WITH saved AS (
    INSERT INTO person_languages (tenant_id, aad_object_id, language, updated_at)
    VALUES ($1, $2, $3, $4)
    ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET
      language = EXCLUDED.language, updated_at = EXCLUDED.updated_at
    RETURNING tenant_id, aad_object_id)
  SELECT pg_notify($5, tenant_id || '|' || aad_object_id) FROM saved`;

interface ConversationRow {
  conversation_id: string;
  service_url: string;
  reference: unknown;
  local_timezone: string | null;
  updated_at: Date;
  language: string | null;
}

/**
 * The latest conversation reference per person, replaced on every turn, and the language
 * each person chose. Every turn asks for the language and almost nobody changes it, so the
 * answer (also "none chosen") is kept until any instance records a new choice.
 */
export class ConversationSqlStore implements ConversationStore {
  private readonly languages: FollowedCache<UnLanguage>;

  constructor(
    private readonly db: SqlClient,
    private readonly channel = languageChannel(),
  ) {
    this.languages = new FollowedCache(db, channel, { limit: 100_000, keepMissing: true });
  }

  /** Saves the reference and, in the same statement, learns the person's language choice. */
  async save(c: StoredConversation): Promise<void> {
    const since = this.languages.reading();
    const [row] = await this.db.query<{ language: string | null }>(SAVE, [
      c.tenantId,
      c.aadObjectId,
      c.conversationId,
      c.serviceUrl,
      JSON.stringify(c.reference),
      c.updatedAt,
      c.localTimezone ?? null,
    ]);
    const language = row?.language && isUnLanguage(row.language) ? row.language : undefined;
    this.languages.keep(keyOf(c.tenantId, c.aadObjectId), language, since);
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
    await this.db.query(SET_LANGUAGE, [tenantId, aadObjectId, language, at, this.channel]);
    // Our own notice arrives later; the next turn must already answer in the new language.
    this.languages.changed(keyOf(tenantId, aadObjectId));
  }

  language(tenantId: string, aadObjectId: string): Promise<UnLanguage | undefined> {
    return this.languages.get(keyOf(tenantId, aadObjectId), async () => {
      const [row] = await this.db.query<{ language: string }>(
        'SELECT language FROM person_languages WHERE tenant_id = $1 AND aad_object_id = $2',
        [tenantId, aadObjectId],
      );
      return row && isUnLanguage(row.language) ? row.language : undefined;
    });
  }
}

/** A person's key in the language cache and its notices, as SET_LANGUAGE builds it. */
function keyOf(tenantId: string, aadObjectId: string): string {
  return `${tenantId}|${aadObjectId}`;
}
