import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphConfig } from '../platform/config';
import type { Translate } from '../../core/i18n/catalog';
import type { Logger } from '../platform/logger';
import type { Ids } from '../platform/ports';
import { GraphAppInstaller, type AppInstaller } from '../platform/graph/app-installer';
import { loadGraphCertificate } from '../platform/graph/graph-certificate';
import { createGraphClient, type GraphClientOptions } from '../platform/graph/graph-client';
import { GraphMeetingProvider } from './graph-meeting-provider';
import type { MeetingProvider } from './meeting-provider';
import { OfflineMeetingProvider } from './offline-meeting-provider';

/** Extra client options (HTTP layer, retry timings); tests point these at a stand-in. */
export type GraphClientOverrides = Pick<GraphClientOptions, 'fetch' | 'retry'>;

export interface MeetingProviderDeps {
  publicUrl: string;
  ids: Ids;
  t: Translate;
  logger: Logger;
  client?: GraphClientOverrides;
}

/** Graph when credentials are configured, else the offline provider (logged at start-up). */
export function createMeetingProvider(
  graph: GraphConfig | undefined,
  deps: MeetingProviderDeps,
): MeetingProvider {
  if (!graph) {
    deps.logger.warn({ offline: true }, deps.t('meeting.offline.label'));
    return new OfflineMeetingProvider(deps.publicUrl, deps.ids, deps.t, deps.logger);
  }
  return new GraphMeetingProvider(
    graphClient(graph, deps.client),
    graph.organizer,
    deps.t,
    deps.logger,
  );
}

/**
 * The app installs itself for people it must message only with Graph credentials and the
 * manifest id; otherwise it reaches only those who already chatted with the bot.
 */
export function createAppInstaller(
  graph: GraphConfig | undefined,
  teamsAppId: string | undefined,
  client?: GraphClientOverrides,
): AppInstaller | undefined {
  if (!graph || !teamsAppId) return undefined;
  return new GraphAppInstaller(graphClient(graph, client), teamsAppId);
}

function graphClient(graph: GraphConfig, overrides: GraphClientOverrides | undefined): Client {
  return createGraphClient({
    tenantId: graph.tenantId,
    clientId: graph.clientId,
    ...(graph.certificatePath
      ? { certificate: loadGraphCertificate(graph.certificatePath) }
      : { clientSecret: graph.clientSecret ?? '' }),
    baseUrl: graph.baseUrl,
    authorityHost: graph.authorityHost,
    ...overrides,
  });
}
