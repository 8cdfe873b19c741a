import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyCommand } from '../../core/speaking-queue/apply-command';
import { emptyQueue } from '../../core/speaking-queue/empty-queue';
import type { QueueCommand } from '../../core/speaking-queue/queue-commands';
import type { Actor, SpeakingQueue } from '../../core/speaking-queue/queue-types';
import { TENANT_BOT_ENV } from '../support/tenant-env';
import { startBot, seedDialogue, type BotHarness } from '../support/bot-harness';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { checkAgainstSubset } from '../support/graph-subset-validation';
import { TENANT_ID, teamsUser } from '../support/teams-activities';
import { meetingChat } from '../support/meeting-activities';
import {
  newSigningKey,
  signToken,
  startEntraStandIn,
  type EntraStandIn,
} from '../auth/entra-standin';
import { CLIENT_ID, v2Claims } from '../auth/token-fixtures';
import { EVENT_ID, TEST_OUTBOX, chairSays } from '../outbox/outbox-helpers';
import { aPerson } from '../store/store-fixtures';
import { CLIENT, ORGANIZER, TENANT } from '../graph/graph-fixtures';

const chair = teamsUser('Katherine Prizeman');
const NOW_S = Date.parse('2024-02-27T12:00:00Z') / 1000;
const signingKey = newSigningKey('transcript-key');
const bearer = () =>
  `Bearer ${signToken(v2Claims({ oid: chair.aadObjectId, tid: TENANT_ID, iat: NOW_S - 60, nbf: NOW_S - 60, exp: NOW_S + 30 * 86400 }), signingKey)}`;
const TRANSCRIPTS = 'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts';
/** Teams' WebVTT: the chair opens, Person 1 speaks from 0:10.5, Person 2 at 1:12. */
const VTT = readFileSync(path.join(__dirname, '../fixtures/graph/teams-transcript.vtt'), 'utf8');
/** When transcription started: the VTT's zero. */
const TRANSCRIPT_START = '2024-02-28T14:00:00Z';
const at = (seconds: number) => new Date(Date.parse(TRANSCRIPT_START) + seconds * 1000);

describe('What was said: the transcript read through Graph into the summary (issue 24)', () => {
  let graph: GraphStandIn;
  let bot: BotHarness;
  let entra: EntraStandIn;

  beforeAll(async () => {
    entra = await startEntraStandIn(TENANT_ID);
    entra.published = [signingKey];
    graph = await startGraphStandIn({ outsideSubset: true });
    bot = await startBot({
      now: '2024-02-27T12:00:00Z',
      unsignedActivities: true,
      env: {
        ...TENANT_BOT_ENV,
        AAD_APP_CLIENT_ID: CLIENT_ID,
        ENTRA_METADATA_URL: entra.metadataUrl,
        CHAIR_TEAM: chair.aadObjectId,
        GRAPH_TENANT_ID: TENANT,
        GRAPH_CLIENT_ID: CLIENT,
        GRAPH_CLIENT_SECRET: 'stand-in-secret',
        GRAPH_ORGANIZER: ORGANIZER,
        GRAPH_BASE_URL: graph.graphBaseUrl,
        GRAPH_AUTHORITY_HOST: graph.origin,
      },
      outbox: { ...TEST_OUTBOX, graphClient: { fetch: graph.fetch, retry: { delaySeconds: 0 } } },
    });
  }, 90_000);

  afterAll(async () => {
    await bot?.close();
    await graph?.close();
    await entra?.close();
  });

  const api = (suffix = '', init: RequestInit = {}) =>
    fetch(`${bot.baseUrl}/api/events/${EVENT_ID}/summary${suffix}`, {
      ...init,
      headers: {
        Authorization: bearer(),
        'Content-Type': 'application/json',
        ...(init.headers ?? {}),
      },
    });
  const summary = async () => (await (await api()).json()) as any;
  const page = async (lang = 'en') => (await api(`/page?lang=${lang}`)).text();
  let queue: SpeakingQueue;

  it('when the list has run and the meeting has not ended, then the summary says there is no transcript yet', async () => {
    const people = ['1', '2'].map((n) =>
      aPerson(EVENT_ID, {
        tenantId: TENANT_ID,
        email: `person${n}@example.org`,
        organization: `Org ${n}`,
        givenName: 'Person',
        familyName: n,
        status: 'pending',
      }),
    );
    for (const p of people) await bot.store.registrations.create(p);
    expect(await chairSays(bot, chair, 'confirm all pending')).toContain('2 confirmed');
    // The list runs through the queue's own commands, each saved with its audit record.
    const actor = (i: number): Actor => ({
      role: 'attendee',
      userId: people[i]!.aadObjectId,
      name: `Person ${i + 1}`,
      registrationId: people[i]!.id,
      organization: `Org ${i + 1}`,
    });
    const chairActor: Actor = { role: 'chair', userId: chair.aadObjectId, name: 'Chair' };
    queue = emptyQueue(EVENT_ID, seedDialogue());
    const run = async (command: Record<string, unknown>, who: Actor, seconds: number) => {
      const result = applyCommand(
        queue,
        { ...command, baseVersion: queue.version } as QueueCommand,
        who,
        at(seconds),
      );
      if (!result.ok) throw new Error(`refused ${String(command.type)}`);
      expect(await bot.store.queues.save(EVENT_ID, result.state, result.audit, queue.version)).toBe(
        'saved',
      );
      queue = result.state;
    };
    await run({ type: 'requestFloor' }, actor(0), -600);
    await run({ type: 'requestFloor' }, actor(1), -590);
    await run({ type: 'callNext' }, chairActor, 10);
    await run({ type: 'startTimer' }, chairActor, 11);
    await run({ type: 'callNext' }, chairActor, 70);
    await run({ type: 'startTimer' }, chairActor, 71);
    await run({ type: 'finishTurn' }, chairActor, 100);

    const json = await summary();
    expect(json.transcript).toEqual({ kind: 'none' });
    expect(json.excerpts).toEqual([]);
    expect(await page()).toContain('No transcript yet');
  });

  it('when Graph refuses the transcript (403), then the summary names the permission and keeps the rest', async () => {
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
    bot.clock.set('2024-02-28T17:06:00Z');
    graph.failNext({ status: 403, operation: TRANSCRIPTS });
    await bot.attendanceJobs.runDue();
    expect(await bot.store.summary.transcript(EVENT_ID)).toEqual({
      kind: 'refused',
      permission: 'OnlineMeetingTranscript.Read.All',
    });
    const json = await summary();
    expect(json.transcript).toEqual({
      kind: 'refused',
      permission: 'OnlineMeetingTranscript.Read.All',
    });
    expect(json.totals).toMatchObject({ registered: 2, confirmed: 2, spoke: 2 });
    const html = await page();
    expect(html).toContain('OnlineMeetingTranscript.Read.All');
    expect(html).toContain('data-testid="table-speakers"');
  });

  it('when the meeting was transcribed, then each intervention carries the words said during it, with the transcript names beside the list names', async () => {
    const [online] = [...graph.onlineMeetings.meetings.keys()];
    graph.onlineMeetings.transcripts.set(String(online), [
      {
        id: 'MSMjMCMj-transcript-1',
        createdDateTime: TRANSCRIPT_START,
        endDateTime: '2024-02-28T17:00:00Z',
        vtt: VTT,
      },
    ]);
    bot.clock.set('2024-02-28T18:00:00Z');
    await bot.attendanceJobs.runDue();
    const json = await summary();
    expect(json.transcript).toEqual({ kind: 'stored' });
    const [first, second] = queue.entries;
    expect(json.excerpts).toEqual([
      {
        sessionId: queue.sessionId,
        entryId: first!.id,
        order: 1,
        name: 'Person 1',
        voices: ['Person 1'],
        text: 'Thank you, Chair. Capacity building must be demand-driven. We propose a global portal & a roster of experts.',
        hidden: false,
      },
      {
        sessionId: queue.sessionId,
        entryId: second!.id,
        order: 2,
        name: 'Person 2',
        voices: ['Person 2'],
        text: 'شكراً سيدتي الرئيسة. نؤيد هذا الاقتراح.',
        hidden: false,
      },
    ]);
    const html = await page('ar');
    expect(html).toContain('data-testid="table-said"');
    expect(html).toContain('نؤيد هذا الاقتراح');
    // The chair's opening words were said before anyone had the floor: in no excerpt.
    expect(html).not.toContain('Good afternoon');

    // Graph's shapes: the list as documented, the content asked as WebVTT.
    const listed = graph.requests.filter((r) => r.path.endsWith('/transcripts'));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    const content = graph.requests.find((r) => r.path.endsWith('/content'));
    expect(content?.query.$format).toBe('text/vtt');
    expect(content?.headers.accept).toContain('text/vtt');
    expect(content?.status).toBe(200);
  });

  it("then the stand-in's transcript list has Graph's documented shape", async () => {
    const [online] = [...graph.onlineMeetings.meetings.keys()];
    const token = graph.requests.find((r) => r.path.endsWith('/transcripts'))?.headers
      .authorization;
    const organizer = graph.requests
      .find((r) => r.path.endsWith('/transcripts'))
      ?.path.split('/')[3];
    const response = await graph.fetch(
      `${graph.graphBaseUrl}/users/${organizer}/onlineMeetings/${online}/transcripts`,
      { headers: { Authorization: String(token) } },
    );
    const body = await response.json();
    expect(checkAgainstSubset('x.collection.callTranscript', body)).toEqual([]);
    expect(body.value[0]).toMatchObject({
      id: 'MSMjMCMj-transcript-1',
      createdDateTime: TRANSCRIPT_START,
    });
  });

  it('when the chair hides an excerpt, then the summary says so instead of the words, until shown again', async () => {
    const [first] = queue.entries;
    const hide = (hidden: boolean) =>
      api(`/excerpts/${queue.sessionId}/${first!.id}`, {
        method: 'PUT',
        body: JSON.stringify({ hidden }),
      });
    expect((await hide(true)).status).toBe(200);
    let html = await page();
    expect(html).toContain('Hidden by the chair.');
    expect(html).not.toContain('demand-driven');
    expect((await summary()).excerpts[0].hidden).toBe(true);
    expect(
      (
        await api(`/excerpts/${queue.sessionId}/${first!.id}`, {
          method: 'PUT',
          body: JSON.stringify({ hidden: 'yes' }),
        })
      ).status,
    ).toBe(400);
    expect((await hide(false)).status).toBe(200);
    html = await page();
    expect(html).toContain('demand-driven');
  });
});
