import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { AttendanceEntry } from '../../core/meeting/attendance';
import type { OnlineMeetingSettings } from '../../core/meeting/online-meeting-settings';
import type { Logger } from '../platform/logger';
import { permissionOf, type GraphCall } from '../platform/graph/graph-permissions';
import type { OrganizerId } from '../platform/graph/organizer-id';
import { toMeetingError } from './graph-error-mapping';
import type { MeetingFailure } from './meeting-provider-error';
import type {
  AttendanceOutcome,
  MeetingOptionsOutcome,
  MeetingRecord,
  MeetingTranscript,
  TranscriptOutcome,
} from './meeting-provider';

/** Why Graph gave nothing: refused (403, a permission or access policy missing), or failed. */
type Unavailable =
  | { kind: 'refused'; organizer: string; permission: string }
  | { kind: 'failed'; failure: MeetingFailure };

const REPORTS: GraphCall =
  'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/attendanceReports';
const PATCH: GraphCall = 'PATCH /users/{user-id}/onlineMeetings/{onlineMeeting-id}';
const TRANSCRIPTS: GraphCall = 'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts';

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

interface GraphAttendanceRecord {
  emailAddress?: string | null;
  identity?: { id?: string | null; displayName?: string | null } | null;
  totalAttendanceInSeconds?: number | null;
}

/** At most this many pages per collection, so a misbehaving nextLink cannot loop forever. */
const MAX_PAGES = 100;

/**
 * The Teams onlineMeeting behind a calendar event (`OnlineMeetings.ReadWrite.All` and
 * `OnlineMeetingArtifact.Read.All`, application, plus a Teams application access policy
 * granted to the organizer): lobby and presenters, and the attendance reports afterwards.
 */
export class GraphOnlineMeetings {
  constructor(
    private readonly client: Client,
    private readonly organizer: OrganizerId,
    private readonly logger: Logger,
  ) {}

  /** Looks the meeting up by its join link and PATCHes the settings; 403 means not granted. */
  async configure(
    meeting: MeetingRecord,
    settings: OnlineMeetingSettings,
  ): Promise<MeetingOptionsOutcome> {
    return this.guard<MeetingOptionsOutcome>(PATCH, async (user) => {
      const id = await this.meetingId(user, meeting);
      if (!id) return { kind: 'failed', failure: 'meetingNotFound' };
      // graph: PATCH /users/{user-id}/onlineMeetings/{onlineMeeting-id}
      await this.client.api(`${user}/onlineMeetings/${encodeURIComponent(id)}`).patch(settings);
      this.logger.info({ onlineMeetingId: id }, 'Teams meeting lobby and presenters set');
      return { kind: 'applied', onlineMeetingId: id };
    });
  }

  /** Every record of every attendance report, following `@odata.nextLink`. */
  async attendance(meeting: MeetingRecord): Promise<AttendanceOutcome> {
    return this.guard<AttendanceOutcome>(REPORTS, async (user) => {
      const id = await this.meetingId(user, meeting);
      if (!id) return { kind: 'failed', failure: 'meetingNotFound' };
      const base = `${user}/onlineMeetings/${encodeURIComponent(id)}/attendanceReports`;
      // graph: GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/attendanceReports
      const reports = await this.all<{ id?: string }>(base);
      if (reports.length === 0) return { kind: 'noReport' };
      const entries: AttendanceEntry[] = [];
      for (const report of reports) {
        if (!report.id) continue;
        const path = `${base}/${encodeURIComponent(report.id)}/attendanceRecords`;
        // graph: GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/attendanceReports/{meetingAttendanceReport-id}/attendanceRecords
        entries.push(...(await this.all<GraphAttendanceRecord>(path)).map(toEntry));
      }
      return { kind: 'records', entries, reports: reports.length, onlineMeetingId: id };
    });
  }

  /**
   * Every transcript of the meeting with its WebVTT content (`OnlineMeetingTranscript.Read.All`
   * and the access policy); none when the meeting was not transcribed.
   */
  async transcripts(meeting: MeetingRecord): Promise<TranscriptOutcome> {
    return this.guard<TranscriptOutcome>(TRANSCRIPTS, async (user) => {
      const id = await this.meetingId(user, meeting);
      if (!id) return { kind: 'failed', failure: 'meetingNotFound' };
      const base = `${user}/onlineMeetings/${encodeURIComponent(id)}/transcripts`;
      // graph: GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts
      const listed = await this.all<{ id?: string; createdDateTime?: string | null }>(base);
      const transcripts: MeetingTranscript[] = [];
      for (const item of listed) {
        const createdAt = new Date(item.createdDateTime ?? '');
        if (!item.id || Number.isNaN(createdAt.getTime())) continue;
        // graph: GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts/{callTranscript-id}/content
        const vtt: unknown = await this.client
          .api(`${base}/${encodeURIComponent(item.id)}/content`)
          .query({ $format: 'text/vtt' })
          .header('Accept', 'text/vtt')
          .responseType(ResponseType.TEXT)
          .get();
        transcripts.push({ id: item.id, createdAt, vtt: typeof vtt === 'string' ? vtt : '' });
      }
      return { kind: 'transcripts', transcripts };
    });
  }

  private async meetingId(user: string, meeting: MeetingRecord): Promise<string | undefined> {
    if (meeting.onlineMeetingId) return meeting.onlineMeetingId;
    const filter = `JoinWebUrl eq '${meeting.joinUrl.replace(/'/g, "''")}'`;
    // graph: GET /users/{user-id}/onlineMeetings
    const found: Page<{ id?: string }> = await this.client
      .api(`${user}/onlineMeetings`)
      // The SDK does not encode query values; the join link's own %-escapes must survive.
      .filter(encodeURIComponent(filter))
      .get();
    return found.value?.[0]?.id;
  }

  private async all<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    for (let pages = 0; next && pages < MAX_PAGES; pages += 1) {
      // graph: paged, the callers name the call
      const page: Page<T> = await this.client.api(next).get();
      items.push(...(page.value ?? []));
      next = page['@odata.nextLink'];
    }
    return items;
  }

  /**
   * Runs a call under `/users/{organizer object id}`: the app-only onlineMeetings API takes
   * no user principal name. A 403 names the permission the call needs.
   */
  private async guard<T>(
    call: GraphCall,
    run: (user: string) => Promise<T>,
  ): Promise<T | Unavailable> {
    const organizer = this.organizer.organizer;
    const objectId = await this.organizer.id();
    if (!objectId) return { kind: 'failed', failure: 'organizerNotFound' };
    try {
      return await run(`/users/${encodeURIComponent(objectId)}`);
    } catch (error) {
      const mapped = toMeetingError(error, 'update', organizer);
      this.logger.warn(
        { failure: mapped.failure, ...mapped.detail },
        'Graph onlineMeeting call failed',
      );
      if (mapped.detail.status === 403) {
        return { kind: 'refused', organizer, permission: permissionOf(call) };
      }
      return { kind: 'failed', failure: mapped.failure };
    }
  }
}

function toEntry(record: GraphAttendanceRecord): AttendanceEntry {
  return {
    email: record.emailAddress || null,
    entraId: record.identity?.id || null,
    name: record.identity?.displayName || record.emailAddress || '',
    seconds: Math.max(0, record.totalAttendanceInSeconds ?? 0),
  };
}
