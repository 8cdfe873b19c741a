import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { GRAPH_BASE_URL } from './graph-client';
import { AUTHENTICATION_ERROR, AUTHENTICATION_NETWORK_ERROR } from './msal-authentication-provider';

/**
 * Installs this Teams app for a user ("proactive installation"), so that the bot may open a
 * 1:1 chat with someone who never wrote to it: Teams refuses `POST /v3/conversations` with 403
 * `BotNotInConversationRoster` until the app is installed for them.
 */
export interface AppInstaller {
  install(userId: string): Promise<'installed' | 'alreadyInstalled'>;
}

/** Why an installation failed; each names its fix in the catalog (`outbox.install.*`). */
export type InstallFailure =
  | 'notInCatalog'
  | 'forbidden'
  | 'userNotFound'
  | 'authentication'
  | 'throttled'
  | 'unavailable'
  | 'network'
  | 'unexpected';

export class AppInstallError extends Error {
  constructor(
    readonly failure: InstallFailure,
    /** Graph's HTTP status, or 0 when no answer came. */
    readonly status: number,
    /** Graph's error code, or the manifest id the catalog lacks. */
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`${failure}: ${detail}`, options);
    this.name = 'AppInstallError';
  }
}

/**
 * Through Graph with the app's own identity: finds the app in the tenant catalog by its
 * manifest id (`AppCatalog.Read.All`), then `POST /users/{id}/teamwork/installedApps`
 * (`TeamsAppInstallation.ReadWriteSelfForUser.All`). Graph answers 409 when it is installed.
 */
export class GraphAppInstaller implements AppInstaller {
  /** The one lookup in flight or done; concurrent installs share it, a failure is retried. */
  private catalogId: Promise<string> | undefined;

  constructor(
    private readonly client: Client,
    /** The manifest id (TEAMS_APP_ID); the catalog gives the app another id. */
    private readonly teamsAppId: string,
  ) {}

  async install(userId: string): Promise<'installed' | 'alreadyInstalled'> {
    const catalogId = await this.findCatalogId();
    try {
      // graph: POST /users/{user-id}/teamwork/installedApps
      await this.client.api(`/users/${encodeURIComponent(userId)}/teamwork/installedApps`).post({
        // Graph reads the reference by its own public address, whichever host was called.
        'teamsApp@odata.bind': `${GRAPH_BASE_URL}/appCatalogs/teamsApps/${catalogId}`,
      });
      return 'installed';
    } catch (error) {
      if (error instanceof GraphError && error.statusCode === 409) return 'alreadyInstalled';
      throw toInstallError(error, 'user');
    }
  }

  /** Looked up once: the catalog id does not change while the app stays published. */
  private findCatalogId(): Promise<string> {
    this.catalogId ??= this.lookUpCatalogId().catch((error: unknown) => {
      this.catalogId = undefined;
      throw error;
    });
    return this.catalogId;
  }

  private async lookUpCatalogId(): Promise<string> {
    let page: { value?: Array<{ id?: string }> };
    try {
      // graph: GET /appCatalogs/teamsApps
      page = (await this.client
        .api('/appCatalogs/teamsApps')
        .filter(`externalId eq '${this.teamsAppId}'`)
        .get()) as typeof page;
    } catch (error) {
      throw toInstallError(error, 'catalog');
    }
    const id = page.value?.[0]?.id;
    if (!id) throw new AppInstallError('notInCatalog', 404, this.teamsAppId);
    return id;
  }
}

function toInstallError(error: unknown, step: 'catalog' | 'user'): AppInstallError {
  const status = error instanceof GraphError ? error.statusCode : 0;
  const code = (error instanceof GraphError ? error.code : undefined) ?? '';
  const detail = code || (error instanceof Error ? error.message : String(error)).slice(0, 200);
  return new AppInstallError(failureOf(status, code, step), status, detail, { cause: error });
}

function failureOf(status: number, code: string, step: 'catalog' | 'user'): InstallFailure {
  if (code === AUTHENTICATION_ERROR || status === 401) return 'authentication';
  if (code === AUTHENTICATION_NETWORK_ERROR || status <= 0) return 'network';
  if (status === 403) return 'forbidden';
  if (status === 404) return step === 'user' ? 'userNotFound' : 'notInCatalog';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'unexpected';
}
