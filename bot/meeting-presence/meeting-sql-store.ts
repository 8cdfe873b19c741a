import type { PresenceRecord } from '../../core/meeting-presence';
import { changeChannel, type SqlClient } from '../platform/store/sql-client';
import type { MeetingChat, MeetingLink, MeetingStore, TeamsMeeting } from './meeting-store';

interface MeetingRow {
  meeting_id: string;
  tenant_id: string;
  conversation_id: string;
  service_url: string;
  reference: unknown;
  started_at: Date | null;
  ended_at: Date | null;
  updated_at: Date;
}

interface LinkRow {
  event_id: string;
  meeting_id: string;
  linked_by: string;
  linked_at: Date;
}

interface PresenceRow {
  aad_object_id: string;
  state: PresenceRecord['state'];
  last_event_at: Date;
}

// GREATEST ignores NULLs: the first time recorded is kept, later ones only if newer.
const RECORD_TIME = {
  start: `UPDATE teams_meetings SET started_at = GREATEST(started_at, $2) WHERE meeting_id = $1
          RETURNING meeting_id`,
  end: `UPDATE teams_meetings SET ended_at = GREATEST(ended_at, $2) WHERE meeting_id = $1
        RETURNING meeting_id`,
} as const;

/**
 * The NOTIFY channel of presence changes; the payload is the id of the event linked to the
 * meeting. Channels are database-wide, so a store in its own schema (tests) has its own.
 */
export function presenceChannel(schema?: string): string {
  return changeChannel('meeting_presence', schema);
}

/** Teams meetings in SQL; presence keeps the newest event per person in one upsert. */
export class MeetingSqlStore implements MeetingStore {
  constructor(
    private readonly db: SqlClient,
    private readonly channel = presenceChannel(),
  ) {}

  async saveChat(chat: MeetingChat): Promise<void> {
    await this.db.query(
      `INSERT INTO teams_meetings
         (meeting_id, tenant_id, conversation_id, service_url, reference, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (meeting_id) DO UPDATE SET
         tenant_id = EXCLUDED.tenant_id, conversation_id = EXCLUDED.conversation_id,
         service_url = EXCLUDED.service_url, reference = EXCLUDED.reference,
         updated_at = EXCLUDED.updated_at`,
      [
        chat.meetingId,
        chat.tenantId,
        chat.conversationId,
        chat.serviceUrl,
        JSON.stringify(chat.reference),
        chat.updatedAt,
      ],
    );
  }

  async recordTime(meetingId: string, kind: 'start' | 'end', at: Date): Promise<boolean> {
    return (await this.db.query(RECORD_TIME[kind], [meetingId, at])).length > 0;
  }

  async get(meetingId: string): Promise<TeamsMeeting | undefined> {
    const [row] = await this.db.query<MeetingRow>(
      'SELECT * FROM teams_meetings WHERE meeting_id = $1',
      [meetingId],
    );
    return row && meetingOf(row);
  }

  link(link: MeetingLink): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM teams_meeting_links WHERE meeting_id = $1 AND event_id <> $2', [
        link.meetingId,
        link.eventId,
      ]);
      await tx.query(
        `INSERT INTO teams_meeting_links (event_id, meeting_id, linked_by, linked_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,
           linked_by = EXCLUDED.linked_by, linked_at = EXCLUDED.linked_at`,
        [link.eventId, link.meetingId, link.linkedBy, link.linkedAt],
      );
    });
  }

  async linkOf(eventId: string): Promise<MeetingLink | undefined> {
    const [row] = await this.db.query<LinkRow>(
      'SELECT * FROM teams_meeting_links WHERE event_id = $1',
      [eventId],
    );
    return (
      row && {
        eventId: row.event_id,
        meetingId: row.meeting_id,
        linkedBy: row.linked_by,
        linkedAt: row.linked_at,
      }
    );
  }

  recordPresence(meetingId: string, record: PresenceRecord): Promise<'recorded' | 'older'> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query(
        `INSERT INTO teams_meeting_presence (meeting_id, aad_object_id, state, last_event_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, aad_object_id) DO UPDATE SET
           state = EXCLUDED.state, last_event_at = EXCLUDED.last_event_at
         WHERE teams_meeting_presence.last_event_at <= EXCLUDED.last_event_at
         RETURNING meeting_id`,
        [meetingId, record.aadObjectId, record.state, record.lastEventAt],
      );
      if (rows.length === 0) return 'older';
      // Sent on commit, to every instance: the event's open chair screens update at once.
      await tx.query(
        'SELECT pg_notify($1, event_id) FROM teams_meeting_links WHERE meeting_id = $2',
        [this.channel, meetingId],
      );
      return 'recorded';
    });
  }

  onPresenceChange(onChange: (eventId: string | undefined) => void): Promise<() => Promise<void>> {
    return this.db.listen(this.channel, (payload) => onChange(payload || undefined));
  }

  async presence(meetingId: string): Promise<PresenceRecord[]> {
    const rows = await this.db.query<PresenceRow>(
      `SELECT aad_object_id, state, last_event_at FROM teams_meeting_presence
       WHERE meeting_id = $1 ORDER BY aad_object_id`,
      [meetingId],
    );
    return rows.map((r) => ({
      aadObjectId: r.aad_object_id,
      state: r.state,
      lastEventAt: r.last_event_at,
    }));
  }
}

function meetingOf(row: MeetingRow): TeamsMeeting {
  return {
    meetingId: row.meeting_id,
    tenantId: row.tenant_id,
    conversationId: row.conversation_id,
    serviceUrl: row.service_url,
    reference: row.reference,
    ...(row.started_at ? { startedAt: row.started_at } : {}),
    ...(row.ended_at ? { endedAt: row.ended_at } : {}),
    updatedAt: row.updated_at,
  };
}
