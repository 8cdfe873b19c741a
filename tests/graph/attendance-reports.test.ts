import { checkAgainstSubset, startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import type { StandInReport } from '../support/graph-standin-meetings';
import {
  aReport,
  createRequest,
  graphCalls,
  graphProvider,
  graphRecord,
  ORGANIZER,
} from './graph-fixtures';

describe('GraphMeetingProvider attendance reports (supplement paths)', () => {
  let standIn: GraphStandIn;
  beforeEach(async () => (standIn = await startGraphStandIn({ outsideSubset: true })));
  afterEach(() => standIn.close());

  async function meetingWithReports(reports: StandInReport[]) {
    const provider = graphProvider(standIn);
    const meeting = await provider.createMeeting(createRequest());
    const [id] = [...standIn.onlineMeetings.meetings.keys()];
    standIn.onlineMeetings.reports.set(id ?? '', reports);
    return { provider, meeting };
  }

  it('when reports and records span several pages, then every record of every report is read', async () => {
    standIn.onlineMeetings.pageSize = 2;
    const first = [1, 2, 3, 4, 5].map((n) => graphRecord(n, n * 60));
    const { provider, meeting } = await meetingWithReports([
      aReport('r1', first),
      aReport('r2', [graphRecord(1, 30)]),
      aReport('r3', []),
    ]);

    const outcome = await provider.readAttendance(meeting);

    expect(outcome.kind).toBe('records');
    if (outcome.kind !== 'records') return;
    expect(outcome.reports).toBe(3);
    expect(outcome.entries).toHaveLength(6);
    expect(outcome.entries[0]).toEqual({
      email: 'person1@example.org',
      entraId: 'oid-1',
      name: 'Person 1',
      seconds: 60,
    });
    const pages = graphCalls(standIn).filter((r) => r.query.$skiptoken !== undefined);
    expect(pages.length).toBe(3);
    expect(graphCalls(standIn).every((r) => r.status < 300 && !r.validationErrors)).toBe(true);
  });

  it('when the meeting has no report yet, then the outcome says so', async () => {
    const { provider, meeting } = await meetingWithReports([]);
    expect(await provider.readAttendance(meeting)).toEqual({ kind: 'noReport' });
  });

  it('when Graph refuses the reports (403), then the outcome is refused', async () => {
    const { provider, meeting } = await meetingWithReports([aReport('r1', [graphRecord(1, 60)])]);
    standIn.failNext({
      status: 403,
      operation: 'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/attendanceReports',
    });
    expect(await provider.readAttendance(meeting)).toEqual({
      kind: 'refused',
      organizer: ORGANIZER,
      permission: 'OnlineMeetingArtifact.Read.All',
    });
  });

  it('when the stand-in answers records, then they fit the published attendanceRecord schema', () => {
    expect(checkAgainstSubset('microsoft.graph.attendanceRecord', graphRecord(1, 60))).toEqual([]);
    expect(checkAgainstSubset('microsoft.graph.attendanceRecord', { totalAttendance: 1 })).toEqual([
      '/totalAttendance is not a property of microsoft.graph.attendanceRecord',
    ]);
  });
});
