import type { SqlClient } from '../platform/store/sql-client';
import type { Participation, ParticipationStore } from './roundtable-store';

interface ParticipationRow {
  registration_id: string;
  event_id: string;
  delegation_of: string | null;
  match_side: Participation['matchSide'] | null;
  thematic_area_ids: string[];
  region_ids: string[];
  breakout_choices: string[];
  updated_at: Date;
}

/** Roundtable details of registrants in SQL, one row per registration. */
export class ParticipationSqlStore implements ParticipationStore {
  constructor(private readonly db: SqlClient) {}

  async save(p: Participation): Promise<void> {
    await this.db.query(
      `INSERT INTO roundtable_participation (registration_id, event_id, delegation_of, match_side,
         thematic_area_ids, region_ids, breakout_choices, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (registration_id) DO UPDATE SET delegation_of = EXCLUDED.delegation_of,
         match_side = EXCLUDED.match_side, thematic_area_ids = EXCLUDED.thematic_area_ids,
         region_ids = EXCLUDED.region_ids, breakout_choices = EXCLUDED.breakout_choices,
         updated_at = EXCLUDED.updated_at`,
      [
        p.registrationId,
        p.eventId,
        p.delegationOf ?? null,
        p.matchSide ?? null,
        p.thematicAreaIds,
        p.regionIds,
        p.breakoutChoices,
        p.updatedAt,
      ],
    );
  }

  async get(registrationId: string): Promise<Participation | undefined> {
    const [row] = await this.db.query<ParticipationRow>(
      'SELECT * FROM roundtable_participation WHERE registration_id = $1',
      [registrationId],
    );
    return row && participationOf(row);
  }

  async list(eventId: string): Promise<Participation[]> {
    const rows = await this.db.query<ParticipationRow>(
      'SELECT * FROM roundtable_participation WHERE event_id = $1 ORDER BY registration_id',
      [eventId],
    );
    return rows.map(participationOf);
  }
}

function participationOf(row: ParticipationRow): Participation {
  return {
    registrationId: row.registration_id,
    eventId: row.event_id,
    ...(row.delegation_of ? { delegationOf: row.delegation_of } : {}),
    ...(row.match_side ? { matchSide: row.match_side } : {}),
    thematicAreaIds: row.thematic_area_ids,
    regionIds: row.region_ids,
    breakoutChoices: row.breakout_choices,
    updatedAt: row.updated_at,
  };
}
