import { randomUUID } from 'node:crypto';

/** An app in the tenant catalog: its catalog id and its manifest id (externalId). */
export interface CatalogApp {
  id: string;
  externalId: string;
  displayName: string;
}

/** What the stand-in knows of Teams apps: the catalog and who has which app installed. */
export interface TeamworkState {
  catalog: CatalogApp[];
  /** Installations as `userId|catalogId`. */
  installations: Set<string>;
  /** Filled with the user id of each installation, e.g. shared with the connector stand-in. */
  installedFor: Set<string>;
}

type Reply = (status: number, json: unknown, headers?: Record<string, string>) => void;

/**
 * Answers the Teams app catalog and per-user installation calls as Graph does: the catalog
 * filtered by `externalId eq '...'`, 201 with no body on install, 409 Conflict when the app is
 * already installed, 404 for an app the catalog lacks. Returns false for other operations.
 */
export function answerTeamwork(
  operation: string,
  graphPath: string,
  query: Record<string, string>,
  body: Record<string, unknown> | undefined,
  state: TeamworkState,
  reply: Reply,
): boolean {
  switch (operation) {
    case 'GET /appCatalogs/teamsApps': {
      const externalId = /^externalId eq '([^']*)'$/.exec(query.$filter ?? '')?.[1];
      const value = state.catalog.filter((app) => !externalId || app.externalId === externalId);
      reply(200, {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#appCatalogs/teamsApps',
        value: value.map((app) => ({ ...app, distributionMethod: 'organization' })),
      });
      return true;
    }
    case 'POST /users/{user-id}/teamwork/installedApps': {
      const user = decodeURIComponent(graphPath.split('/')[2] ?? '').toLowerCase();
      const bind = String(body?.['teamsApp@odata.bind'] ?? '');
      const catalogId = /\/appCatalogs\/teamsApps\/([^/]+)$/.exec(bind)?.[1];
      if (!catalogId || !state.catalog.some((app) => app.id === catalogId)) {
        reply(404, graphError('NotFound', `The app '${catalogId ?? bind}' is not in the catalog.`));
        return true;
      }
      const key = `${user}|${catalogId}`;
      if (state.installations.has(key)) {
        reply(409, graphError('Conflict', 'App is already installed for the user.'));
        return true;
      }
      state.installations.add(key);
      state.installedFor.add(user);
      reply(201, undefined);
      return true;
    }
    default:
      return false;
  }
}

function graphError(code: string, message: string) {
  return { error: { code, message, innerError: { 'request-id': randomUUID() } } };
}
