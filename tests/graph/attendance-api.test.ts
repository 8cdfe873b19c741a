import { emptyQueue } from '../../core/speaking-queue/empty-queue';
import { TENANT_BOT_ENV } from '../support/tenant-env';
import { aTurn } from '../../core/testing/queue-fixtures';
import { startBot, type BotHarness } from '../support/bot-harness';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { TENANT_ID, teamsUser } from '../support/teams-activities';
import {
  newSigningKey,
  signToken,
  startEntraStandIn,
  type EntraStandIn,
} from '../auth/entra-standin';
import { CLIENT_ID, v2Claims } from '../auth/token-fixtures';
import { EVENT_ID, TEST_OUTBOX, chairSays, seedRegistrants } from '../outbox/outbox-helpers';
import { CLIENT, ORGANIZER, TENANT, aReport, graphRecord } from './graph-fixtures';

const chair = teamsUser('Katherine Prizeman');
const START_S = Date.parse('2024-02-28T12:30:00Z') / 1000;
/** Graph names a real tenant, so the tab signs in with Teams SSO (tokens of a loopback Entra). */
const signingKey = newSigningKey('attendance-key');
const bearer = (oid: string) =>
  `Bearer ${signToken(v2Claims({ oid, tid: TENANT_ID, iat: START_S - 60, nbf: START_S - 60, exp: START_S + 30 * 86400 }), signingKey)}`;
const tabUsers: Record<string, string> = {
  chair: chair.aadObjectId,
  'delegate-a': 'de1e9a7e-0000-4000-8000-0000000000a1',
};
const PATCH_MEETING = 'PATCH /users/{user-id}/onlineMeetings/{onlineMeeting-id}';

/**
 * Lobby, presenters and attendance on the real service: the chair confirms in chat, the app
 * sets the meeting's options through Graph (or says what to grant), and after the meeting the
 * organizer API reads the attendance reports and hands out a single-use CSV.
 */
describe('Meeting options and attendance through the service', () => {
  let graph: GraphStandIn | undefined;
  let bot: BotHarness;
  let entra: EntraStandIn;
  beforeAll(async () => {
    entra = await startEntraStandIn(TENANT_ID);
    entra.published = [signingKey];
  });
  afterAll(() => entra.close());

  async function start(withGraph = true) {
    graph = withGraph ? await startGraphStandIn({ outsideSubset: true }) : undefined;
    const graphEnv: Record<string, string> = graph
      ? {
          GRAPH_TENANT_ID: TENANT,
          GRAPH_CLIENT_ID: CLIENT,
          GRAPH_CLIENT_SECRET: 'stand-in-secret',
          GRAPH_ORGANIZER: ORGANIZER,
          GRAPH_BASE_URL: graph.graphBaseUrl,
          GRAPH_AUTHORITY_HOST: graph.origin,
        }
      : {};
    bot = await startBot({
      now: '2024-02-28T12:30:00Z',
      unsignedActivities: true,
      env: {
        ...TENANT_BOT_ENV,
        AAD_APP_CLIENT_ID: CLIENT_ID,
        ENTRA_METADATA_URL: entra.metadataUrl,
        CHAIR_TEAM: chair.aadObjectId,
        ...graphEnv,
      },
      outbox: {
        ...TEST_OUTBOX,
        ...(graph ? { graphClient: { fetch: graph.fetch, retry: { delaySeconds: 0 } } } : {}),
      },
    });
  }

  afterEach(async () => {
    await bot.close();
    await graph?.close();
  });

  const attendance = async (eventId = EVENT_ID, user = 'chair') => {
    const response = await fetch(`${bot.baseUrl}/api/events/${eventId}/attendance`, {
      headers: { Authorization: bearer(tabUsers[user] ?? user) },
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const onlineMeeting = () => [...(graph?.onlineMeetings.meetings.values() ?? [])][0];

  it('when the first confirmation creates the meeting, then only invited skip the lobby and the chair presents', async () => {
    await start();
    await seedRegistrants(bot, 1);
    const reply = await chairSays(bot, chair, 'confirm all pending');

    expect(reply).toContain('Teams meeting options set');
    const patch = graph?.requests.find((r) => r.operation === PATCH_MEETING);
    expect(patch).toMatchObject({ status: 200, outsideSubset: true });
    expect(patch?.validationErrors).toBeUndefined();
    expect(onlineMeeting()).toMatchObject({
      lobbyBypassSettings: { scope: 'invited', isDialInBypassEnabled: true },
      allowedPresenters: 'roleIsPresenter',
      participants: {
        attendees: [{ identity: { user: { id: chair.aadObjectId } }, role: 'presenter' }],
      },
    });
    const { meeting } = await bot.store.logistics.get(EVENT_ID);
    expect(meeting).toMatchObject({ options: 'applied', onlineMeetingId: onlineMeeting()?.id });
  });

  it('when Graph refuses the options (403), then the chair is told what to grant and the meeting still works', async () => {
    await start();
    const [person] = await seedRegistrants(bot, 1);
    graph?.failNext({ status: 403, operation: PATCH_MEETING });

    const reply = await chairSays(bot, chair, 'confirm all pending');

    expect(reply).toContain('1 confirmed');
    expect(reply).toContain('OnlineMeetings.ReadWrite.All');
    expect(reply).toContain(
      `Grant-CsApplicationAccessPolicy -PolicyName MeetingsApp -Identity ${ORGANIZER}`,
    );
    const stored = await bot.store.registrations.listForEvent(EVENT_ID);
    expect(stored.find((r) => r.id === person?.registration.id)?.status).toBe('confirmed');
    expect((await bot.store.logistics.get(EVENT_ID)).meeting?.joinUrl).toContain(
      'teams.microsoft.com',
    );
    expect(await chairSays(bot, chair, 'delivery')).toContain('New-CsApplicationAccessPolicy');
    const delivery = await fetch(`${bot.baseUrl}/api/events/${EVENT_ID}/delivery`, {
      headers: { Authorization: bearer(chair.aadObjectId) },
    });
    expect(((await delivery.json()) as any).meetingOptions.status).toBe(
      'attendance.options.refused',
    );
  });

  it('when asked before a meeting, for an unknown event or before any report, then a clear refusal', async () => {
    await start();
    expect(await attendance()).toMatchObject({
      status: 409,
      body: { code: 'attendance.error.noMeeting' },
    });
    expect(await attendance('no-such-event')).toMatchObject({
      status: 404,
      body: { code: 'attendance.error.unknownEvent' },
    });
    await seedRegistrants(bot, 1);
    await chairSays(bot, chair, 'confirm all pending');
    const none = await attendance();
    expect(none).toMatchObject({ status: 409, body: { code: 'attendance.error.noReport' } });
    expect(none.body.error).toContain('no attendance report');
    expect((await attendance(EVENT_ID, 'delegate-a')).status).toBe(403);
    expect(await chairSays(bot, chair, 'attendance')).toContain('no attendance report');
    expect(await chairSays(bot, chair, 'attendance no-such-event')).toContain('There is no event');
  });

  it('when reports page, then attendance is matched by email then Entra id, beside speaking time, with a single-use CSV', async () => {
    await start();
    const people = await seedRegistrants(bot, 3);
    await chairSays(bot, chair, 'confirm all pending');
    graph!.onlineMeetings.pageSize = 2;
    const [p0, p1] = people.map((p) => p.registration);
    graph!.onlineMeetings.reports.set(String(onlineMeeting()?.id), [
      aReport('r1', [
        { ...graphRecord(0, 1800, p0!.email), identity: { id: 'someone-else', displayName: 'P0' } },
        { ...graphRecord(1, 1200, null), identity: { id: p1!.aadObjectId, displayName: 'P1' } },
        graphRecord(9, 60, 'guest@elsewhere.example'),
      ]),
      aReport('r2', [graphRecord(0, 600, p0!.email)]),
    ]);
    const queue = {
      ...emptyQueue(EVENT_ID, { defaultSpeakingTimeSeconds: 180, guidingQuestions: [] }),
    };
    const turns = [
      aTurn(p0!.organization, 150, undefined, 'done', Date.parse('2024-02-28T12:00:00Z')),
    ];
    const audit = {
      meetingId: EVENT_ID,
      sessionId: queue.sessionId,
      version: 1,
      at: '2024-02-28T12:00:00Z',
      actor: { role: 'chair' as const, userId: 'c', name: 'Chair' },
      action: 'test',
      detail: {},
    };
    expect(
      await bot.store.queues.save(EVENT_ID, { ...queue, version: 1, entries: turns }, audit, 0),
    ).toBe('saved');

    const { status, body } = await attendance();

    expect(status).toBe(200);
    expect(body.reports).toBe(2);
    expect(body.attended.map((a: any) => [a.registrationId, a.seconds, a.matchedBy])).toEqual([
      [p0!.id, 2400, 'email'],
      [p1!.id, 1200, 'entraId'],
    ]);
    expect(body.unmatched.map((u: any) => u.email)).toEqual(['guest@elsewhere.example']);
    expect(body.absent.map((a: any) => a.registrationId)).toEqual([people[2]!.registration.id]);
    expect(body.byOrganization.find((o: any) => o.name === p0!.organization)).toMatchObject({
      speakingSeconds: 150,
    });
    expect(graph!.requests.filter((r) => r.query.$skiptoken !== undefined).length).toBeGreaterThan(
      0,
    );
    expect(graph!.requests.every((r) => !r.validationErrors)).toBe(true);

    const csv = await fetch(body.csvUrl.replace(/^https?:\/\/[^/]+/, bot.baseUrl));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain(`${EVENT_ID}-attendance.csv`);
    const text = await csv.text();
    expect(text).toContain('"unmatched","Person 9"');
    expect(text).toContain('"attendee"');
    expect((await fetch(body.csvUrl.replace(/^https?:\/\/[^/]+/, bot.baseUrl))).status).toBe(404);
    const chat = await chairSays(bot, chair, 'attendance');
    expect(chat).toContain(
      'Attendance: 2 registrants attended, 1 confirmed did not; other participants: 1.',
    );
    expect(chat).toContain(`${p0!.organization}: `);
    expect(chat).toContain('/api/exports/');
  });

  it('when no Graph settings are configured, then the offline meeting says there is no attendance report', async () => {
    await start(false);
    await seedRegistrants(bot, 1);
    const reply = await chairSays(bot, chair, 'confirm all pending');
    expect(reply).toContain('1 confirmed');
    expect(reply).not.toContain('Teams meeting options');
    const offline = await attendance();
    expect(offline).toMatchObject({ status: 409, body: { code: 'attendance.error.offline' } });
  });
});
