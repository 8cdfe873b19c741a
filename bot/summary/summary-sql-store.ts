import { languageOf } from '../../core/i18n/catalog';
import type { AttendanceEntry } from '../../core/meeting/attendance';
import {
  turnKey,
  type TimedCue,
  type TranscriptState,
} from '../../core/summary/transcript-excerpts';
import type { SqlClient } from '../platform/store/sql-client';
import type { AttendanceJob, AttendanceJobState, SummaryLink, SummaryStore } from './summary-store';

interface JobRow {
  event_id: string;
  state: AttendanceJobState;
  ended_at: Date;
  attempts: number;
  next_at: Date | null;
  entries: AttendanceEntry[] | string | null;
  permission: string | null;
  read_at: Date | null;
}

/** The attendance jobs and summary links, in SQL (PGlite or PostgreSQL). */
export class SummarySqlStore implements SummaryStore {
  constructor(private readonly db: SqlClient) {}

  async schedule(eventId: string, endedAt: Date, nextAt: Date, now: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO summary_attendance (event_id, state, ended_at, attempts, next_at, updated_at)
       VALUES ($1, 'pending', $2, 0, $3, $4)
       ON CONFLICT (event_id) DO UPDATE SET
         ended_at = GREATEST(summary_attendance.ended_at, EXCLUDED.ended_at),
         next_at = LEAST(COALESCE(summary_attendance.next_at, EXCLUDED.next_at), EXCLUDED.next_at),
         state = CASE WHEN summary_attendance.state = 'gaveUp' THEN 'pending' ELSE summary_attendance.state END,
         attempts = CASE WHEN summary_attendance.state = 'gaveUp' THEN 0 ELSE summary_attendance.attempts END,
         updated_at = EXCLUDED.updated_at
       WHERE summary_attendance.state <> 'stored'`,
      [eventId, endedAt, nextAt, now],
    );
  }

  async due(now: Date, limit: number): Promise<AttendanceJob[]> {
    const rows = await this.db.query<JobRow>(
      `SELECT * FROM summary_attendance
       WHERE next_at <= $1
       ORDER BY next_at, event_id LIMIT $2`,
      [now, limit],
    );
    return rows.map(toJob);
  }

  async save(job: AttendanceJob, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE summary_attendance SET state = $2, attempts = $3, next_at = $4, entries = $5,
         permission = $6, read_at = $7, updated_at = $8
       WHERE event_id = $1`,
      [
        job.eventId,
        job.state,
        job.attempts,
        job.nextAt,
        job.entries === null ? null : JSON.stringify(job.entries),
        job.permission,
        job.readAt,
        now,
      ],
    );
  }

  async get(eventId: string): Promise<AttendanceJob | undefined> {
    const [row] = await this.db.query<JobRow>(
      'SELECT * FROM summary_attendance WHERE event_id = $1',
      [eventId],
    );
    return row && toJob(row);
  }

  async eventsOfMeeting(meetingId: string): Promise<string[]> {
    const rows = await this.db.query<{ event_id: string }>(
      'SELECT event_id FROM teams_meeting_links WHERE meeting_id = $1 ORDER BY event_id',
      [meetingId],
    );
    return rows.map((r) => r.event_id);
  }

  async saveTranscript(eventId: string, transcript: TranscriptState, readAt: Date): Promise<void> {
    const cues = transcript.kind === 'stored' ? JSON.stringify(transcript.cues) : null;
    const permission = transcript.kind === 'refused' ? transcript.permission : null;
    await this.db.query(
      `INSERT INTO summary_transcripts (event_id, state, cues, permission, read_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (event_id) DO UPDATE SET state = EXCLUDED.state, cues = EXCLUDED.cues,
         permission = EXCLUDED.permission, read_at = EXCLUDED.read_at`,
      [eventId, transcript.kind, cues, permission, readAt],
    );
  }

  async transcript(eventId: string): Promise<TranscriptState | undefined> {
    const [row] = await this.db.query<{
      state: TranscriptState['kind'];
      cues: TimedCue[] | string | null;
      permission: string | null;
    }>('SELECT state, cues, permission FROM summary_transcripts WHERE event_id = $1', [eventId]);
    if (!row) return undefined;
    switch (row.state) {
      case 'stored': {
        const cues = typeof row.cues === 'string' ? (JSON.parse(row.cues) as TimedCue[]) : row.cues;
        return { kind: 'stored', cues: cues ?? [] };
      }
      case 'refused':
        return { kind: 'refused', permission: row.permission ?? '' };
      default:
        return { kind: row.state };
    }
  }

  async setExcerptHidden(
    eventId: string,
    turn: { sessionId: string; entryId: string },
    hidden: boolean,
    by: string,
    at: Date,
  ): Promise<void> {
    if (!hidden) {
      await this.db.query(
        `DELETE FROM summary_hidden_excerpts
         WHERE event_id = $1 AND session_id = $2 AND entry_id = $3`,
        [eventId, turn.sessionId, turn.entryId],
      );
      return;
    }
    await this.db.query(
      `INSERT INTO summary_hidden_excerpts (event_id, session_id, entry_id, hidden_by, hidden_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [eventId, turn.sessionId, turn.entryId, by, at],
    );
  }

  async hiddenExcerpts(eventId: string): Promise<Set<string>> {
    const rows = await this.db.query<{ session_id: string; entry_id: string }>(
      'SELECT session_id, entry_id FROM summary_hidden_excerpts WHERE event_id = $1',
      [eventId],
    );
    return new Set(rows.map((r) => turnKey(r.session_id, r.entry_id)));
  }

  async createLink(link: SummaryLink): Promise<void> {
    await this.db.query(
      `INSERT INTO summary_links (token_hash, event_id, created_by, language, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [link.tokenHash, link.eventId, link.createdBy, link.language, link.expiresAt],
    );
  }

  async consumeLink(tokenHash: string, now: Date): Promise<SummaryLink | undefined> {
    const [row] = await this.db.query<{
      token_hash: string;
      event_id: string;
      created_by: string;
      language: string;
      expires_at: Date;
    }>(
      `UPDATE summary_links SET used_at = $2
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING token_hash, event_id, created_by, language, expires_at`,
      [tokenHash, now],
    );
    if (!row) return undefined;
    return {
      tokenHash: row.token_hash,
      eventId: row.event_id,
      createdBy: row.created_by,
      language: languageOf(row.language),
      expiresAt: row.expires_at,
    };
  }
}

function toJob(row: JobRow): AttendanceJob {
  const entries =
    typeof row.entries === 'string' ? (JSON.parse(row.entries) as AttendanceEntry[]) : row.entries;
  return {
    eventId: row.event_id,
    state: row.state,
    endedAt: new Date(row.ended_at),
    attempts: row.attempts,
    nextAt: row.next_at === null ? null : new Date(row.next_at),
    entries,
    permission: row.permission,
    readAt: row.read_at === null ? null : new Date(row.read_at),
  };
}
