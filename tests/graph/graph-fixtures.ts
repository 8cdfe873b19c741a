import { translatorFor } from '../../core/i18n/catalog';
import type { MeetingAttendee } from '../../core/meeting/graph-event';
import { seedDialogue } from '../../core/testing/registration-fixtures';
import { createGraphClient } from '../../bot/platform/graph/graph-client';
import { GraphMeetingProvider } from '../../bot/meeting/graph-meeting-provider';
import { createLogger } from '../../bot/platform/logger';
import type { GraphStandIn } from '../support/graph-standin';
import type { StandInReport } from '../support/graph-standin-meetings';

export const TENANT = '11111111-2222-4333-8444-555555555555';
export const CLIENT = '66666666-7777-4888-8999-000000000000';
export const ORGANIZER = 'chair@contoso.example';
export const t = translatorFor('en');

export const attendees: MeetingAttendee[] = [
  { email: 'amina.diallo@example.org', name: 'Amina Diallo' },
  { email: 'li.wei@example.org', name: 'Li Wei' },
];

/** A Graph client wired exactly as in production, pointed at the stand-in; retries at once. */
export function graphClient(standIn: GraphStandIn) {
  return createGraphClient({
    tenantId: TENANT,
    clientId: CLIENT,
    clientSecret: 'stand-in-secret',
    baseUrl: standIn.graphBaseUrl,
    authorityHost: standIn.origin,
    fetch: standIn.fetch,
    retry: { delaySeconds: 0 },
  });
}

/** A meeting provider over that client. */
export function graphProvider(standIn: GraphStandIn, organizer = ORGANIZER) {
  return new GraphMeetingProvider(graphClient(standIn), organizer, t, createLogger('silent'));
}

export function createRequest(transactionId = 'tx-1') {
  return { event: seedDialogue(), attendees, transactionId };
}

export const graphCalls = (standIn: GraphStandIn) =>
  standIn.requests.filter((r) => r.kind === 'graph');

/** An attendance record as Graph returns it. */
export function graphRecord(
  n: number,
  seconds: number,
  email: string | null = `person${n}@example.org`,
) {
  return {
    id: `record-${n}`,
    emailAddress: email,
    totalAttendanceInSeconds: seconds,
    role: 'Attendee',
    identity: { id: `oid-${n}`, displayName: `Person ${n}` },
    attendanceIntervals: [
      {
        joinDateTime: '2024-02-28T10:00:00Z',
        leaveDateTime: '2024-02-28T11:00:00Z',
        durationInSeconds: seconds,
      },
    ],
  };
}

export function aReport(id: string, records: Record<string, unknown>[]): StandInReport {
  return {
    id,
    meetingStartDateTime: '2024-02-28T10:00:00Z',
    meetingEndDateTime: '2024-02-28T12:00:00Z',
    records,
  };
}
