import type { Config } from '../config';
import { loadGraphCertificate } from '../graph/graph-certificate';
import { createGraphClient, type GraphClientOptions } from '../graph/graph-client';
import { FolderMailer } from './folder-mailer';
import { GraphMailer } from './graph-send-mail';
import type { Mailer } from './mail';

/** Graph's sendMail when MAIL_SENDER is set (with Graph), else `.eml` files in MAIL_DIR. */
export function createMailer(
  config: Pick<Config, 'graph' | 'mail'>,
  now: () => Date,
  overrides?: Pick<GraphClientOptions, 'fetch' | 'retry'>,
): Mailer {
  const { graph, mail } = config;
  if (!graph || !mail.sender) return new FolderMailer(mail.dir, now);
  const client = createGraphClient({
    tenantId: graph.tenantId,
    clientId: graph.clientId,
    ...(graph.certificatePath
      ? { certificate: loadGraphCertificate(graph.certificatePath) }
      : { clientSecret: graph.clientSecret ?? '' }),
    baseUrl: graph.baseUrl,
    authorityHost: graph.authorityHost,
    ...overrides,
  });
  return new GraphMailer(client, mail.sender);
}
