import type { SqlClient } from '../platform/store/sql-client';
import type { DownloadLink, DownloadLinkStore } from './download-link-store';
import { languageOf } from '../../core/i18n/catalog';

interface LinkRow {
  token_hash: string;
  event_id: string;
  kind: DownloadLink['kind'];
  created_by: string;
  expires_at: Date;
  language: string;
}

/** Single-use export links: consuming is one atomic UPDATE, so two clicks cannot both win. */
export class DownloadLinkSqlStore implements DownloadLinkStore {
  constructor(private readonly db: SqlClient) {}

  async create(link: DownloadLink): Promise<void> {
    await this.db.query(
      `INSERT INTO download_links (token_hash, event_id, kind, created_by, expires_at, language)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        link.tokenHash,
        link.eventId,
        link.kind,
        link.createdBy,
        link.expiresAt,
        link.language ?? 'en',
      ],
    );
  }

  async consume(tokenHash: string, now: Date): Promise<DownloadLink | undefined> {
    const [row] = await this.db.query<LinkRow>(
      `UPDATE download_links SET used_at = $2
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING token_hash, event_id, kind, created_by, expires_at, language`,
      [tokenHash, now],
    );
    if (!row) return undefined;
    return {
      tokenHash: row.token_hash,
      eventId: row.event_id,
      kind: row.kind,
      createdBy: row.created_by,
      expiresAt: row.expires_at,
      language: languageOf(row.language),
    };
  }
}
