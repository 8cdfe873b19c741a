import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TENANT_BOT_ENV } from '../support/tenant-env';
import { startBot, type BotHarness } from '../support/bot-harness';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { TENANT_ID, teamsUser } from '../support/teams-activities';
import { meetingChat } from '../support/meeting-activities';
import { EVENT_ID, TEST_OUTBOX, chairSays } from '../outbox/outbox-helpers';
import { aPerson } from '../store/store-fixtures';
import { CLIENT, ORGANIZER, TENANT, aReport, graphRecord } from './graph-fixtures';
import {
  newSigningKey,
  signToken,
  startEntraStandIn,
  type EntraStandIn,
} from '../auth/entra-standin';
import { CLIENT_ID, v2Claims } from '../auth/token-fixtures';

const chair = teamsUser('Katherine Prizeman');
const signingKey = newSigningKey('transcript-later-key');
const NOW_S = Date.parse('2024-02-28T16:00:00Z') / 1000;
const bearer = () =>
  `Bearer ${signToken(v2Claims({ oid: chair.aadObjectId, tid: TENANT_ID, iat: NOW_S - 60, nbf: NOW_S - 60, exp: NOW_S + 30 * 86400 }), signingKey)}`;
const VTT = readFileSync(path.join(__dirname, '../fixtures/graph/teams-transcript.vtt'), 'utf8');

/**
 * Teams may publish the transcript later than the attendance report: the job keeps trying
 * for the transcript alone, on the same backoff and across a restart (it is a stored row).
 */
describe('A transcript published after the attendance report (issue 24)', () => {
  let graph: GraphStandIn;
  let bot: BotHarness;
  let dataDir: string;
  let entra: EntraStandIn;

  const start = (now: string) =>
    startBot({
      now,
      location: { dataDir },
      unsignedActivities: true,
      env: {
        ...TENANT_BOT_ENV,
        CHAIR_TEAM: chair.aadObjectId,
        AAD_APP_CLIENT_ID: CLIENT_ID,
        ENTRA_METADATA_URL: entra.metadataUrl,
        GRAPH_TENANT_ID: TENANT,
        GRAPH_CLIENT_ID: CLIENT,
        GRAPH_CLIENT_SECRET: 'stand-in-secret',
        GRAPH_ORGANIZER: ORGANIZER,
        GRAPH_BASE_URL: graph.graphBaseUrl,
        GRAPH_AUTHORITY_HOST: graph.origin,
      },
      outbox: { ...TEST_OUTBOX, graphClient: { fetch: graph.fetch, retry: { delaySeconds: 0 } } },
    });
  const asked = (suffix: string) => graph.requests.filter((r) => r.path.endsWith(suffix)).length;

  beforeAll(async () => {
    entra = await startEntraStandIn(TENANT_ID);
    entra.published = [signingKey];
    dataDir = await mkdtemp(path.join(tmpdir(), 'transcript-later-'));
    graph = await startGraphStandIn({ outsideSubset: true });
    bot = await start('2024-02-28T16:00:00Z');
  }, 90_000);

  afterAll(async () => {
    await bot?.close();
    await graph?.close();
    await entra?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('when the report is published before the transcript, then the report is stored and the job keeps its next try for the transcript', async () => {
    // Confirming a registration creates the event's Teams meeting through Graph.
    await bot.store.registrations.create(
      aPerson(EVENT_ID, { tenantId: TENANT_ID, email: 'person1@example.org', status: 'pending' }),
    );
    expect(await chairSays(bot, chair, 'confirm all pending')).toContain('1 confirmed');
    const chat = meetingChat(bot.connector.serviceUrl);
    await bot.post(chat.install());
    await bot.store.meetings.link({
      eventId: EVENT_ID,
      meetingId: chat.meetingId,
      linkedBy: chair.aadObjectId,
      linkedAt: new Date(),
    });
    bot.clock.set('2024-02-28T17:01:00Z');
    expect((await bot.post(chat.end('2024-02-28T17:00:00Z'))).status).toBe(200);
    const [online] = [...graph.onlineMeetings.meetings.keys()];
    graph.onlineMeetings.reports.set(String(online), [
      aReport('r1', [graphRecord(1, 3600, 'person1@example.org')]),
    ]);
    bot.clock.set('2024-02-28T17:06:00Z');
    await bot.attendanceJobs.runDue();
    expect(await bot.store.summary.get(EVENT_ID)).toMatchObject({
      state: 'stored',
      attempts: 1,
      nextAt: new Date('2024-02-28T17:16:00Z'),
      entries: [expect.objectContaining({ email: 'person1@example.org', seconds: 3600 })],
    });
    expect(await bot.store.summary.transcript(EVENT_ID)).toEqual({ kind: 'none' });
    expect(asked('/attendanceReports')).toBe(1);
    // Teams may still publish it: the page does not yet say the meeting was not transcribed.
    const page = await fetch(`${bot.baseUrl}/api/events/${EVENT_ID}/summary/page?lang=en`, {
      headers: { Authorization: bearer() },
    });
    expect(await page.text()).toContain('No transcript yet');
  });

  it('when the service restarts and the transcript is still not there, then the job tries again later without reading the report again', async () => {
    await bot.close();
    bot = await start('2024-02-28T17:20:00Z');
    await bot.attendanceJobs.runDue();
    expect(await bot.store.summary.get(EVENT_ID)).toMatchObject({
      state: 'stored',
      attempts: 2,
      nextAt: new Date('2024-02-28T17:40:00Z'),
    });
    expect(asked('/transcripts')).toBe(2);
    expect(asked('/attendanceReports')).toBe(1);
  });

  it('when the transcript appears at a later run, then it is read and the job ends with the report as it was', async () => {
    const [online] = [...graph.onlineMeetings.meetings.keys()];
    graph.onlineMeetings.transcripts.set(String(online), [
      {
        id: 'MSMjMCMj-transcript-late',
        createdDateTime: '2024-02-28T14:00:00Z',
        endDateTime: '2024-02-28T17:00:00Z',
        vtt: VTT,
      },
    ]);
    bot.clock.set('2024-02-28T17:45:00Z');
    await bot.attendanceJobs.runDue();
    const transcript = await bot.store.summary.transcript(EVENT_ID);
    expect(transcript?.kind).toBe('stored');
    expect(JSON.stringify(transcript)).toContain('demand-driven');
    expect(await bot.store.summary.get(EVENT_ID)).toMatchObject({
      state: 'stored',
      attempts: 3,
      nextAt: null,
      readAt: new Date('2024-02-28T17:06:00Z'),
    });
    expect(asked('/attendanceReports')).toBe(1);
    expect(asked('/content')).toBe(1);

    bot.clock.set('2024-02-29T12:00:00Z');
    await bot.attendanceJobs.runDue();
    expect(asked('/transcripts')).toBe(3);
  });
});
