import { changeChannel, type SqlClient } from '../sql-client';
import type { ConversationStore, StoredConversation } from '../conversation-store';
import { isUnLanguage, type UnLanguage } from '../../../../core/i18n/catalog';
import { Batched } from '../batched';
import { FollowedCache } from '../followed-cache';

/** The NOTIFY channel of language choices; the payload is the person's key (`keyOf`). */
export function languageChannel(schema?: string): string {
  return changeChannel('language_changes', schema);
}

// The reference is saved on a person's first turn, which also asks for their language: one
// round trip does both (the join sees the choices as they were before this statement). The
// first turns of one round of I/O are saved by one statement, their rows a JSON array.
const COLUMNS =
  'tenant_id, aad_object_id, conversation_id, service_url, reference, updated_at, local_timezone';
const UPSERT_AND_LANGUAGE = `
  ON CONFLICT (tenant_id, aad_object_id) DO UPDATE SET
    conversation_id = EXCLUDED.conversation_id, service_url = EXCLUDED.service_url,
    reference = EXCLUDED.reference, updated_at = EXCLUDED.updated_at,
    local_timezone = COALESCE(EXCLUDED.local_timezone, conversations.local_timezone)
  RETURNING tenant_id, aad_object_id)
  SELECT s.aad_object_id, s.tenant_id, l.language FROM saved s
  LEFT JOIN person_languages l
    ON l.tenant_id = s.tenant_id AND l.aad_object_id = s.aad_object_id`;
const SAVE_ONE = `
  WITH saved AS (
    INSERT INTO conversations (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
  ${UPSERT_AND_LANGUAGE}`;
const SAVE_MANY = `
  WITH saved AS (
    INSERT INTO conversations (${COLUMNS})
    SELECT ${COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(tenant_id text,
      aad_object_id text, conversation_id text, service_url text, reference jsonb,
      updated_at timestamptz, local_timezone text)
  ${UPSERT_AND_LANGUAGE}`;

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

  private readonly saves = new Batched((saves: StoredConversation[]) => this.saveAll(saves));

  constructor(
    private readonly db: SqlClient,
    private readonly channel = languageChannel(),
  ) {
    // Everyone of a big event's rush (tens of bytes each); past it the least recently seen go.
    this.languages = new FollowedCache(db, channel, { limit: 100_000, keepMissing: true });
  }

  /** Saves the reference and, in the same statement, learns the person's language choice. */
  async save(c: StoredConversation): Promise<void> {
    const since = this.languages.reading();
    const language = await this.saves.add(c);
    this.languages.keep(keyOf(c.tenantId, c.aadObjectId), language, since);
  }

  /** One statement for the saves of one round of I/O; each learns its person's language. */
  private async saveAll(saves: StoredConversation[]): Promise<(UnLanguage | undefined)[]> {
    const rows = [...mergedByPerson(saves).values()];
    const saved =
      rows.length === 1
        ? await this.db.query<SavedRow>(SAVE_ONE, rowValues(rows[0]!))
        : await this.db.query<SavedRow>(SAVE_MANY, [JSON.stringify(rows.map(jsonRow))]);
    const languages = new Map(
      saved.map((row) => [
        keyOf(row.tenant_id, row.aad_object_id),
        row.language && isUnLanguage(row.language) ? row.language : undefined,
      ]),
    );
    return saves.map((c) => languages.get(keyOf(c.tenantId, c.aadObjectId)));
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

interface SavedRow {
  tenant_id: string;
  aad_object_id: string;
  language: string | null;
}

/**
 * One row per person, as saving them one after the other would leave it: the last save's
 * values, with the last time zone any of them knew (a turn without one keeps the stored one).
 */
function mergedByPerson(saves: StoredConversation[]): Map<string, StoredConversation> {
  const merged = new Map<string, StoredConversation>();
  for (const c of saves) {
    const key = keyOf(c.tenantId, c.aadObjectId);
    const zone = c.localTimezone ?? merged.get(key)?.localTimezone;
    merged.set(key, { ...c, ...(zone ? { localTimezone: zone } : {}) });
  }
  return merged;
}

function rowValues(c: StoredConversation): unknown[] {
  return [
    c.tenantId,
    c.aadObjectId,
    c.conversationId,
    c.serviceUrl,
    JSON.stringify(c.reference),
    c.updatedAt,
    c.localTimezone ?? null,
  ];
}

function jsonRow(c: StoredConversation): Record<string, unknown> {
  return {
    tenant_id: c.tenantId,
    aad_object_id: c.aadObjectId,
    conversation_id: c.conversationId,
    service_url: c.serviceUrl,
    reference: c.reference ?? null,
    updated_at: c.updatedAt.toISOString(),
    local_timezone: c.localTimezone ?? null,
  };
}

/** A person's key in the language cache and its notices, as SET_LANGUAGE builds it. */
function keyOf(tenantId: string, aadObjectId: string): string {
  return `${tenantId}|${aadObjectId}`;
}
