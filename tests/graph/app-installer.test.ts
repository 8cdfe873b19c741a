import { AppInstallError, GraphAppInstaller } from '../../bot/platform/graph/app-installer';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { graphClient } from './graph-fixtures';

const TEAMS_APP_ID = '0d5e1f3a-4b6c-4d7e-8f90-a1b2c3d4e5f6';
const CATALOG_ID = 'b3a7c1e2-9d8f-4e6a-b5c4-d3e2f1a0b9c8';
const USER = '2408c924-8f68-42f1-a786-bac977932749';

describe('GraphAppInstaller', () => {
  let standIn: GraphStandIn;
  beforeEach(async () => {
    standIn = await startGraphStandIn({
      users: [USER],
      catalog: [{ id: CATALOG_ID, externalId: TEAMS_APP_ID, displayName: 'Stakeholder Meetings' }],
    });
  });
  afterEach(() => standIn.close());

  const installer = (teamsAppId = TEAMS_APP_ID) =>
    new GraphAppInstaller(graphClient(standIn), teamsAppId);
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (error: AppInstallError) => [error.failure, error.status],
    );

  it('when installing twice, then the second answer (409) counts as already installed', async () => {
    const subject = installer();
    expect(await subject.install(USER)).toBe('installed');
    expect(await subject.install(USER)).toBe('alreadyInstalled');
    const graph = standIn.requests.filter((r) => r.kind === 'graph');
    expect(graph.map((r) => [r.operation, r.status, r.validationErrors])).toEqual([
      ['GET /appCatalogs/teamsApps', 200, undefined],
      ['POST /users/{user-id}/teamwork/installedApps', 201, undefined],
      ['POST /users/{user-id}/teamwork/installedApps', 409, undefined],
    ]);
    expect(standIn.teamwork.installedFor).toEqual(new Set([USER]));
  });

  it('when Graph throttles, then the client waits and retries by itself', async () => {
    standIn.failNext({
      status: 429,
      retryAfterSeconds: 0,
      operation: 'POST /users/{user-id}/teamwork/installedApps',
    });
    expect(await installer().install(USER)).toBe('installed');
  });

  it('when the app is missing from the catalog, then it says so and installs nothing', async () => {
    expect(
      await failureOf(installer('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee').install(USER)),
    ).toEqual(['notInCatalog', 404]);
    expect(standIn.teamwork.installations.size).toBe(0);
  });

  it('when the permission is missing, then it fails as forbidden', async () => {
    standIn.failNext({ status: 403, operation: 'POST /users/{user-id}/teamwork/installedApps' });
    expect(await failureOf(installer().install(USER))).toEqual(['forbidden', 403]);
  });

  it('when the user is unknown to the tenant, then it fails as user not found', async () => {
    expect(await failureOf(installer().install('99999999-8888-4777-8666-555555555555'))).toEqual([
      'userNotFound',
      404,
    ]);
  });

  it('when the catalog cannot be read, then the failure is the lookup, and a later call reads it again', async () => {
    standIn.failNext({ status: 403, operation: 'GET /appCatalogs/teamsApps' });
    const subject = installer();
    expect(await failureOf(subject.install(USER))).toEqual(['forbidden', 403]);
    expect(await subject.install(USER)).toBe('installed');
  });
});
