import type { BreakoutPlan } from '../../../core/roundtable/breakout';
import type { SqlClient } from '../../platform/store/sql-client';
import type { BreakoutStore, StoredBreakoutPlan } from '../roundtable-store';

/** Breakout plans in SQL: one versioned JSON document per event. */
export class BreakoutSqlStore implements BreakoutStore {
  constructor(private readonly db: SqlClient) {}

  async get(eventId: string): Promise<StoredBreakoutPlan | undefined> {
    const [row] = await this.db.query<{ plan: BreakoutPlan; version: number }>(
      'SELECT plan, version FROM roundtable_breakout_plans WHERE event_id = $1',
      [eventId],
    );
    return row && { plan: row.plan, version: row.version };
  }

  async save(
    eventId: string,
    plan: BreakoutPlan,
    basedOn: number,
    now: Date,
  ): Promise<'saved' | 'stale'> {
    const json = JSON.stringify(plan);
    const rows =
      basedOn === 0
        ? await this.db.query(
            `INSERT INTO roundtable_breakout_plans (event_id, version, plan, updated_at)
             VALUES ($1, 1, $2, $3) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
            [eventId, json, now],
          )
        : await this.db.query(
            `UPDATE roundtable_breakout_plans SET version = $3 + 1, plan = $2, updated_at = $4
             WHERE event_id = $1 AND version = $3 RETURNING event_id`,
            [eventId, json, basedOn, now],
          );
    return rows.length > 0 ? 'saved' : 'stale';
  }
}
