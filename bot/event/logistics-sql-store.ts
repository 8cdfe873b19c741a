import type { MeetingRecord } from '../meeting';
import type { SqlClient } from '../platform/store/sql-client';
import type { EventLogistics, EventLogisticsStore } from '../outbox';

interface LogisticsRow {
  capacity: number | null;
  meeting: MeetingRecord | null;
}

/** Capacity and meeting per event, one row each, created on first write. */
export class LogisticsSqlStore implements EventLogisticsStore {
  constructor(private readonly db: SqlClient) {}

  async get(eventId: string): Promise<EventLogistics> {
    const [row] = await this.db.query<LogisticsRow>(
      'SELECT capacity, meeting FROM event_logistics WHERE event_id = $1',
      [eventId],
    );
    return {
      eventId,
      ...(row?.capacity != null ? { capacity: row.capacity } : {}),
      ...(row?.meeting ? { meeting: row.meeting } : {}),
    };
  }

  async setCapacity(eventId: string, capacity: number | undefined, now: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO event_logistics (event_id, capacity, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO UPDATE SET capacity = EXCLUDED.capacity, updated_at = $3`,
      [eventId, capacity ?? null, now],
    );
  }

  async saveMeeting(
    eventId: string,
    meeting: MeetingRecord,
    now: Date,
    ifAbsent = false,
  ): Promise<MeetingRecord> {
    const [row] = await this.db.query<{ meeting: MeetingRecord }>(
      `INSERT INTO event_logistics (event_id, meeting, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO UPDATE SET
         meeting = CASE WHEN $4 AND event_logistics.meeting IS NOT NULL
                        THEN event_logistics.meeting ELSE EXCLUDED.meeting END,
         updated_at = $3
       RETURNING meeting`,
      [eventId, JSON.stringify(meeting), now, ifAbsent],
    );
    if (!row) throw new Error(`Meeting of ${eventId} was not saved`);
    return row.meeting;
  }
}
