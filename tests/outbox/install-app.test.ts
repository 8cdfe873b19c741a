import { startBot, type BotHarness } from '../support/bot-harness';
import { TENANT_BOT_ENV } from '../support/tenant-env';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { teamsUser } from '../support/teams-activities';
import { CLIENT, ORGANIZER, TENANT } from '../graph/graph-fixtures';
import {
  EVENT_ID,
  TEST_OUTBOX,
  chairSays,
  duplicates,
  seedRegistrants,
  waitFor,
} from './outbox-helpers';

const TEAMS_APP_ID = '0d5e1f3a-4b6c-4d7e-8f90-a1b2c3d4e5f6';
const CATALOG_ID = 'b3a7c1e2-9d8f-4e6a-b5c4-d3e2f1a0b9c8';
const INSTALL = 'POST /users/{user-id}/teamwork/installedApps';
const chair = teamsUser('Katherine Prizeman');

/**
 * Confirmed people who never wrote to the bot: Teams refuses to open a chat with them until the
 * app is installed for them, so the app installs itself through Graph (proactive installation).
 * Production wiring throughout: configuration, Graph client with MSAL, outbox worker, sender.
 */
describe('Reaching confirmed people who never chatted with the bot', () => {
  let graph: GraphStandIn;
  let bot: BotHarness;
  /** Who Teams lets the bot open a chat with: those the app is installed for. */
  let teamsKnows: Set<string>;

  async function start(options: { installedByGraph?: Set<string>; teamsAppId?: string } = {}) {
    teamsKnows = new Set();
    graph = await startGraphStandIn({
      outsideSubset: true,
      catalog: [{ id: CATALOG_ID, externalId: TEAMS_APP_ID, displayName: 'Stakeholder Meetings' }],
      installedFor: options.installedByGraph ?? teamsKnows,
    });
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      unsignedActivities: true,
      env: {
        ...TENANT_BOT_ENV,
        CHAIR_TEAM: chair.aadObjectId,
        GRAPH_TENANT_ID: TENANT,
        GRAPH_CLIENT_ID: CLIENT,
        GRAPH_CLIENT_SECRET: 'stand-in-secret',
        GRAPH_ORGANIZER: ORGANIZER,
        GRAPH_BASE_URL: graph.graphBaseUrl,
        GRAPH_AUTHORITY_HOST: graph.origin,
        TEAMS_APP_ID: options.teamsAppId ?? TEAMS_APP_ID,
      },
      connector: { installedFor: teamsKnows },
      outbox: { ...TEST_OUTBOX, graphClient: { fetch: graph.fetch, retry: { delaySeconds: 0 } } },
    });
  }

  /** Pending registrants with no chat yet, known to Graph as users of the tenant. */
  async function strangers(n: number) {
    const people = await seedRegistrants(bot, n, { withConversation: false });
    for (const person of people) graph.users.add(person.user.aadObjectId.toLowerCase());
    return people;
  }

  const graphCalls = (operation: string) =>
    graph.requests.filter((r) => r.kind === 'graph' && r.operation === operation);
  /** What reached the person, in the chat the bot opened with them (none: nothing). */
  const sentTo = (userId: string) =>
    bot.connector.sent.filter((s) => s.conversationId === bot.connector.created.get(userId));
  const rows = async () =>
    (await bot.store.outbox.list({ eventId: EVENT_ID })).filter((r) => r.kind !== 'reminder');

  afterEach(async () => {
    await bot.close();
    await graph.close();
  });

  it('when Teams refuses the chat, then the app installs itself for them and both messages arrive once', async () => {
    await start();
    const [person] = await strangers(1);
    const userId = person!.user.aadObjectId;

    expect(await chairSays(bot, chair, `confirm ${person!.registration.referenceCode}`)).toContain(
      '1 confirmed',
    );
    await waitFor('both messages sent', async () =>
      (await rows()).every((r) => r.status === 'sent'),
    );

    expect(bot.connector.refusedChats).toEqual([userId]);
    const [lookup] = graphCalls('GET /appCatalogs/teamsApps');
    expect(lookup?.query).toEqual({ $filter: `externalId eq '${TEAMS_APP_ID}'` });
    const installs = graphCalls(INSTALL);
    expect(installs.map((r) => [r.path, r.status, r.validationErrors])).toEqual([
      [`/v1.0/users/${userId}/teamwork/installedApps`, 201, undefined],
    ]);
    expect(installs[0]?.body).toEqual({
      'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${CATALOG_ID}`,
    });
    const conversationId = bot.connector.created.get(userId);
    const texts = sentTo(userId).map((s) => String(s.activity.text ?? 'card'));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('is confirmed');
    expect(duplicates(bot)).toEqual([]);
    expect(
      (await bot.store.conversations.get(person!.registration.tenantId, userId))?.conversationId,
    ).toBe(conversationId);
  });

  it('when several strangers are confirmed, then the catalog is read once and each is installed once', async () => {
    await start();
    const people = await strangers(3);
    await chairSays(bot, chair, 'confirm all pending');
    await waitFor(
      'six messages sent',
      async () => (await rows()).filter((r) => r.status === 'sent').length === 6,
    );
    expect(graphCalls('GET /appCatalogs/teamsApps')).toHaveLength(1);
    const installed = graphCalls(INSTALL).filter((r) => r.status === 201);
    expect(installed.map((r) => r.path).sort()).toEqual(
      people.map((p) => `/v1.0/users/${p.user.aadObjectId}/teamwork/installedApps`).sort(),
    );
    expect(duplicates(bot)).toEqual([]);
  });

  it('when Graph refuses the installation, then nothing is sent and the chair is told which permission to grant', async () => {
    await start();
    const [person] = await strangers(1);
    graph.failNext({ status: 403, operation: INSTALL, times: 10 });
    await chairSays(bot, chair, `confirm ${person!.registration.referenceCode}`);
    await waitFor('both rows failed', async () =>
      (await rows()).every((r) => r.status === 'failed'),
    );

    expect(bot.connector.created.size).toBe(0);
    expect(sentTo(person!.user.aadObjectId)).toEqual([]);
    const report = await chairSays(bot, chair, 'delivery');
    expect(report).toContain('2 failed');
    expect(report).toContain('HTTP 403');
    expect(report).toContain('TeamsAppInstallation.ReadWriteSelfForUser.All');
  });

  it('when the app is not in the tenant catalog, then the chair is told to upload the package', async () => {
    await start({ teamsAppId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' });
    const [person] = await strangers(1);
    await chairSays(bot, chair, `confirm ${person!.registration.referenceCode}`);
    await waitFor('both rows failed', async () =>
      (await rows()).every((r) => r.status === 'failed'),
    );

    expect(graphCalls(INSTALL)).toEqual([]);
    const report = await chairSays(bot, chair, 'delivery');
    expect(report).toContain('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(report).toContain('upload the app package');
  });

  it('when Teams has not caught up with the installation, then the message waits and goes out on a later try', async () => {
    await start({ installedByGraph: new Set() });
    const [person] = await strangers(1);
    await chairSays(bot, chair, `confirm ${person!.registration.referenceCode}`);
    // Both messages wait; the clock moves only once neither is in flight (past its lease).
    await waitFor('both retries scheduled', async () =>
      (await rows()).every(
        (r) => r.status === 'pending' && /not opened the chat/.test(r.lastError ?? ''),
      ),
    );
    expect(sentTo(person!.user.aadObjectId)).toEqual([]);

    teamsKnows.add(person!.user.aadObjectId);
    bot.clock.set('2024-02-20T15:05:00Z');
    await waitFor('both messages sent', async () =>
      (await rows()).every((r) => r.status === 'sent'),
    );
    // Each message installed once in the first round (the second found it installed: 409);
    // Teams now opens the chat at once, so the later round installs nothing.
    expect(graphCalls(INSTALL).map((r) => r.status)).toEqual([201, 409]);
    expect(sentTo(person!.user.aadObjectId)).toHaveLength(2);
    expect(duplicates(bot)).toEqual([]);
  });
});

describe('Reaching people who never chatted, without Graph', () => {
  let bot: BotHarness;
  afterEach(() => bot.close());

  it('when Teams refuses the chat and the app cannot install itself, then the chair is told how to reach them', async () => {
    const chairOnly = teamsUser('Katherine Prizeman');
    bot = await startBot({
      now: '2024-02-20T15:00:00Z',
      env: { CHAIR_TEAM: chairOnly.aadObjectId },
      connector: { installedFor: new Set() },
      outbox: TEST_OUTBOX,
    });
    const [person] = await seedRegistrants(bot, 1, { withConversation: false });
    await chairSays(bot, chairOnly, `confirm ${person!.registration.referenceCode}`);
    await waitFor('both rows failed', async () =>
      (await bot.store.outbox.list({ eventId: EVENT_ID }))
        .filter((r) => r.kind !== 'reminder')
        .every((r) => r.status === 'failed'),
    );
    const report = await chairSays(bot, chairOnly, 'delivery');
    expect(report).toContain('HTTP 403');
    expect(report).toContain('open the bot in Teams once, or set TEAMS_APP_ID');
  });
});
