import { randomUUID } from 'node:crypto';
import { odataError } from './graph-standin-errors';

/** An attendance report as a test scripts it: Graph's fields plus its records. */
export interface StandInReport {
  id: string;
  meetingStartDateTime: string;
  meetingEndDateTime: string;
  records: Record<string, unknown>[];
}

/** A meeting's transcript as a test scripts it: Graph's callTranscript fields and its WebVTT. */
export interface StandInTranscript {
  id: string;
  createdDateTime: string;
  endDateTime: string;
  vtt: string;
}

/** What the stand-in knows of online meetings: one per created event, and their reports. */
export interface OnlineMeetingState {
  /** onlineMeeting resources by id, as Graph returns them. */
  meetings: Map<string, Record<string, unknown>>;
  /** Attendance reports by onlineMeeting id; none until a test adds them. */
  reports: Map<string, StandInReport[]>;
  /** Transcripts by onlineMeeting id; none until a test adds them (the meeting was not transcribed). */
  transcripts: Map<string, StandInTranscript[]>;
  /** Items per page of a collection; a smaller value makes Graph page with @odata.nextLink. */
  pageSize: number;
}

type Reply = (status: number, json: unknown, headers?: Record<string, string>) => void;

/** The online meeting Teams creates behind a calendar event with a Teams join link. */
export function addOnlineMeeting(state: OnlineMeetingState, joinWebUrl: string, subject: unknown) {
  const id = `MSo${randomUUID().replace(/-/g, '')}`;
  state.meetings.set(id, {
    id,
    joinWebUrl,
    subject,
    allowedPresenters: 'everyone',
    lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false },
    participants: { attendees: [] },
  });
}

/**
 * Answers the onlineMeeting lookup by `JoinWebUrl eq '...'`, its PATCH, and the attendance
 * reports and records, paged with `@odata.nextLink` ($skiptoken) as Graph does. Returns false
 * for other operations.
 */
export function answerOnlineMeetings(
  operation: string,
  url: { path: string; query: Record<string, string>; base: string },
  body: Record<string, unknown> | undefined,
  state: OnlineMeetingState,
  reply: Reply,
): boolean {
  const [, , , , meetingId = '', , reportId = ''] = url.path.split('/').map(decodeURIComponent);
  const meeting = state.meetings.get(meetingId);
  const notFound = () => reply(404, odataError('NotFound', 'The meeting was not found.'));
  switch (operation) {
    case 'GET /users/{user-id}/onlineMeetings': {
      const joinWebUrl = /^JoinWebUrl eq '([^']*)'$/.exec(url.query.$filter ?? '')?.[1];
      if (!joinWebUrl) {
        reply(400, odataError('BadRequest', 'Filter on JoinWebUrl is required.'));
        return true;
      }
      reply(200, {
        value: [...state.meetings.values()].filter((m) => m.joinWebUrl === joinWebUrl),
      });
      return true;
    }
    case 'PATCH /users/{user-id}/onlineMeetings/{onlineMeeting-id}':
      if (!meeting) return (notFound(), true);
      Object.assign(meeting, body);
      reply(200, meeting);
      return true;
    case 'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/attendanceReports': {
      if (!meeting) return (notFound(), true);
      const reports = (state.reports.get(meetingId) ?? []).map(({ records: _records, ...r }) => ({
        ...r,
        totalParticipantCount: _records.length,
      }));
      reply(200, page(reports, url, state.pageSize));
      return true;
    }
    case 'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/attendanceReports/{meetingAttendanceReport-id}/attendanceRecords': {
      const report = state.reports.get(meetingId)?.find((r) => r.id === reportId);
      if (!meeting || !report) return (notFound(), true);
      reply(200, page(report.records, url, state.pageSize));
      return true;
    }
    case 'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts': {
      if (!meeting) return (notFound(), true);
      const organizer = url.path.split('/')[2] ?? '';
      const items = (state.transcripts.get(meetingId) ?? []).map(({ vtt: _vtt, ...t }) => ({
        ...t,
        meetingId,
        callId: null,
        contentCorrelationId: `${t.id}-correlation`,
        transcriptContentUrl: `${url.base}${url.path}/${t.id}/content`,
        meetingOrganizer: {
          application: null,
          device: null,
          user: {
            id: organizer,
            displayName: null,
            '@odata.type': '#microsoft.graph.teamworkUserIdentity',
          },
        },
      }));
      reply(200, {
        '@odata.context': `${url.base}/$metadata#users('${organizer}')/onlineMeetings('${meetingId}')/transcripts`,
        ...page(items, url, state.pageSize),
      });
      return true;
    }
    case 'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts/{callTranscript-id}/content': {
      const transcript = state.transcripts.get(meetingId)?.find((t) => t.id === reportId);
      if (!meeting || !transcript) return (notFound(), true);
      // `$format` (or the Accept header) picks WebVTT, the default; Word documents are not served.
      const format = url.query.$format ?? 'text/vtt';
      if (format !== 'text/vtt') {
        reply(400, odataError('BadRequest', `The stand-in serves text/vtt only, not ${format}.`));
        return true;
      }
      reply(200, transcript.vtt, { 'Content-Type': 'text/vtt' });
      return true;
    }
    default:
      return false;
  }
}

function page(
  items: unknown[],
  url: { path: string; query: Record<string, string>; base: string },
  size: number,
) {
  const from = Number(url.query.$skiptoken ?? '0');
  const value = items.slice(from, from + size);
  const next = from + size < items.length ? from + size : undefined;
  return {
    value,
    ...(next === undefined
      ? {}
      : { '@odata.nextLink': `${url.base}${url.path}?$skiptoken=${next}` }),
  };
}
