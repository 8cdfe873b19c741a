import type { MatchMeeting } from '../../../core/roundtable/match-schedule';
import type { Match } from '../../../core/roundtable/matchmaking';
import type { SqlClient } from '../../platform/store/sql-client';
import type { MatchStore } from '../roundtable-store';

interface MatchRow {
  id: string;
  provider_id: string;
  state_id: string;
  shared_thematic_area_ids: string[];
  region_match: boolean;
  score: number;
  status: Match['status'];
  declined_by: Match['declinedBy'] | null;
  updated_at: Date;
}

interface MeetingRow {
  match_id: string;
  provider_id: string;
  state_id: string;
  slot_id: string;
  table_id: string;
}

/** Matchmaking in SQL: answers are a compare-and-set on the status, the schedule is replaced whole. */
export class MatchSqlStore implements MatchStore {
  constructor(private readonly db: SqlClient) {}

  addMissing(eventId: string, matches: readonly Match[]): Promise<number> {
    return this.db.transaction(async (tx) => {
      let added = 0;
      for (const m of matches) {
        const rows = await tx.query(
          `INSERT INTO roundtable_matches (event_id, id, provider_id, state_id,
             shared_thematic_area_ids, region_match, score, status, declined_by, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (event_id, id) DO NOTHING RETURNING id`,
          [
            eventId,
            m.id,
            m.providerId,
            m.stateId,
            m.sharedThematicAreaIds,
            m.regionMatch,
            m.score,
            m.status,
            m.declinedBy ?? null,
            m.updatedAt,
          ],
        );
        added += rows.length;
      }
      return added;
    });
  }

  async get(eventId: string, matchId: string): Promise<Match | undefined> {
    const [row] = await this.db.query<MatchRow>(
      'SELECT * FROM roundtable_matches WHERE event_id = $1 AND id = $2',
      [eventId, matchId],
    );
    return row && matchOf(row);
  }

  async list(eventId: string): Promise<Match[]> {
    const rows = await this.db.query<MatchRow>(
      'SELECT * FROM roundtable_matches WHERE event_id = $1 ORDER BY score DESC, id COLLATE "C"',
      [eventId],
    );
    return rows.map(matchOf);
  }

  async update(eventId: string, next: Match, expected: Match['status']) {
    const rows = await this.db.query(
      `UPDATE roundtable_matches SET status = $3, declined_by = $4, updated_at = $5
       WHERE event_id = $1 AND id = $2 AND status = $6 RETURNING id`,
      [eventId, next.id, next.status, next.declinedBy ?? null, next.updatedAt, expected],
    );
    return rows.length > 0 ? ('saved' as const) : ('conflict' as const);
  }

  replaceMeetings(eventId: string, meetings: readonly MatchMeeting[]): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM roundtable_match_meetings WHERE event_id = $1', [eventId]);
      for (const m of meetings) {
        await tx.query(
          `INSERT INTO roundtable_match_meetings
             (event_id, match_id, provider_id, state_id, slot_id, table_id)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [eventId, m.matchId, m.providerId, m.stateId, m.slotId, m.tableId],
        );
      }
    });
  }

  async meetings(eventId: string): Promise<MatchMeeting[]> {
    const rows = await this.db.query<MeetingRow>(
      `SELECT match_id, provider_id, state_id, slot_id, table_id FROM roundtable_match_meetings
       WHERE event_id = $1 ORDER BY slot_id COLLATE "C", table_id COLLATE "C"`,
      [eventId],
    );
    return rows.map((r) => ({
      matchId: r.match_id,
      providerId: r.provider_id,
      stateId: r.state_id,
      slotId: r.slot_id,
      tableId: r.table_id,
    }));
  }
}

function matchOf(row: MatchRow): Match {
  return {
    id: row.id,
    providerId: row.provider_id,
    stateId: row.state_id,
    sharedThematicAreaIds: row.shared_thematic_area_ids,
    regionMatch: row.region_match,
    score: row.score,
    status: row.status,
    ...(row.declined_by ? { declinedBy: row.declined_by } : {}),
    updatedAt: row.updated_at,
  };
}
