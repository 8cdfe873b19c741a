import type { GraphConfig } from '../config';
import type { Translate } from '../../core/i18n/catalog';
import type { Logger } from '../logger';
import type { Ids } from '../services/ports';
import { loadGraphCertificate } from './graph-certificate';
import { createGraphClient, type GraphClientOptions } from './graph-client';
import { GraphMeetingProvider } from './graph-meeting-provider';
import type { MeetingProvider } from './meeting-provider';
import { OfflineMeetingProvider } from './offline-meeting-provider';

export interface MeetingProviderDeps {
  publicUrl: string;
  ids: Ids;
  t: Translate;
  logger: Logger;
  /** Extra client options (HTTP layer, retry timings); tests point these at a stand-in. */
  client?: Pick<GraphClientOptions, 'fetch' | 'retry'>;
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
  const client = createGraphClient({
    tenantId: graph.tenantId,
    clientId: graph.clientId,
    ...(graph.certificatePath
      ? { certificate: loadGraphCertificate(graph.certificatePath) }
      : { clientSecret: graph.clientSecret ?? '' }),
    baseUrl: graph.baseUrl,
    authorityHost: graph.authorityHost,
    ...deps.client,
  });
  return new GraphMeetingProvider(client, graph.organizer, deps.t, deps.logger);
}
