import pino from 'pino';
import { GraphMeetingProvider } from '../../bot/meeting/graph-meeting-provider';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import {
  aReport,
  createRequest,
  graphCalls,
  graphClient,
  graphRecord,
  ORGANIZER,
  t,
} from './graph-fixtures';

/** A logger whose lines the test reads. */
function capturingLogger() {
  const lines: Array<{ level: number; msg: string; organizer?: string }> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('GRAPH_ORGANIZER given as a user principal name (onlineMeetings take only object ids)', () => {
  let standIn: GraphStandIn;
  beforeEach(async () => (standIn = await startGraphStandIn({ outsideSubset: true })));
  afterEach(() => standIn.close());

  it('when the stand-in is asked for onlineMeetings under a UPN, then it answers 404 as Graph does', async () => {
    const client = graphClient(standIn);
    await expect(
      client.api(`/users/${ORGANIZER}/onlineMeetings`).filter("JoinWebUrl eq 'x'").get(),
    ).rejects.toMatchObject({ statusCode: 404 });
    const id = standIn.objectIds.get(ORGANIZER);
    await expect(
      client.api(`/users/${id}/onlineMeetings`).filter("JoinWebUrl eq 'x'").get(),
    ).resolves.toEqual({ value: [] });
  });

  it('when the service starts, then the UPN is resolved once and lobby and attendance use the object id', async () => {
    const { logger, lines } = capturingLogger();
    const provider = new GraphMeetingProvider(graphClient(standIn), ORGANIZER, t, logger);
    await provider.start();
    const meeting = await provider.createMeeting(createRequest());
    const [onlineId] = [...standIn.onlineMeetings.meetings.keys()];
    standIn.onlineMeetings.reports.set(onlineId ?? '', [aReport('r1', [graphRecord(1, 60)])]);

    const options = await provider.configureOptions(meeting, {
      lobbyBypassSettings: { scope: 'invited', isDialInBypassEnabled: false },
      allowedPresenters: 'organizer',
    });
    const attendance = await provider.readAttendance(meeting);

    expect(options.kind).toBe('applied');
    expect(attendance.kind).toBe('records');
    const objectId = standIn.objectIds.get(ORGANIZER) ?? '';
    const lookups = graphCalls(standIn).filter((r) => r.operation === 'GET /users/{user-id}');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.query.$select).toBe('id');
    const online = graphCalls(standIn).filter((r) => r.path.includes('/onlineMeetings'));
    expect(online.length).toBeGreaterThan(2);
    expect(online.every((r) => r.path.startsWith(`/v1.0/users/${objectId}/`))).toBe(true);
    expect(online.every((r) => r.status < 300)).toBe(true);
    expect(lines.some((l) => l.msg.includes('GRAPH_ORGANIZER resolved'))).toBe(true);
  });

  it('when the organizer does not exist, then start says so in the log and attendance names the cause', async () => {
    const { logger, lines } = capturingLogger();
    const provider = new GraphMeetingProvider(
      graphClient(standIn),
      'nobody@contoso.example',
      t,
      logger,
    );
    await provider.start();

    const error = lines.find((l) => l.level === 50);
    expect(error?.msg).toContain('GRAPH_ORGANIZER is not a user of this tenant');
    expect(error?.organizer).toBe('nobody@contoso.example');
    const meeting = {
      provider: 'graph' as const,
      eventId: 'e',
      joinUrl: 'https://teams.microsoft.com/l/x',
      organizer: 'nobody@contoso.example',
      attendees: [],
    };
    expect(await provider.readAttendance(meeting)).toEqual({
      kind: 'failed',
      failure: 'organizerNotFound',
    });
    expect(graphCalls(standIn).filter((r) => r.path.includes('/onlineMeetings'))).toEqual([]);
  });

  it('when GRAPH_ORGANIZER is already an object id, then no lookup is made', async () => {
    const objectId = standIn.objectIds.get(ORGANIZER) ?? '';
    const provider = new GraphMeetingProvider(
      graphClient(standIn),
      objectId,
      t,
      capturingLogger().logger,
    );
    await provider.start();
    expect(graphCalls(standIn)).toEqual([]);
  });
});
