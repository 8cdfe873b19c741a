import http from 'node:http';
import https from 'node:https';
import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';

/** How long the form waits for the profile before it opens without it. */
const LOOKUP_TIMEOUT_MS = 3000;

/** One keep-alive pool per protocol for the whole process: the connector is one service. */
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/** What signs a connector request: the turn's ServiceClientCredentials (`signRequest`). */
interface RequestSigner {
  signRequest(resource: { headers: { set(name: string, value: string): void } }): Promise<unknown>;
}

/**
 * The member's roster entry, `GET {serviceUrl}/v3/conversations/{id}/members/{userId}`, for
 * prefilling the form. Why not TeamsInfo.getMember: it goes through the SDK's generated
 * client (serializer mappers, compat proxies, a pipeline of policies), about 0.5 ms of CPU
 * per lookup on loopback, five times this call's, paid by each of 200 people opening the
 * form at once. This is the same call, signed by the same credentials the turn's connector
 * client holds (so the same token and audience), on a shared keep-alive pool. In a team the
 * SDK's call is kept: the roster there is the team's. Undefined when the connector does not
 * answer 200 within the timeout.
 */
export async function memberOf(context: TurnContext): Promise<TeamsChannelAccount | undefined> {
  const { activity } = context;
  const teamId = (activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
  if (teamId) return TeamsInfo.getMember(context, activity.from.id);
  const signer = connectorCredentials(context);
  if (!signer || !activity.serviceUrl || !activity.conversation?.id || !activity.from?.id)
    return undefined;
  const base = activity.serviceUrl.endsWith('/') ? activity.serviceUrl : `${activity.serviceUrl}/`;
  const url = new URL(
    `v3/conversations/${encodeURIComponent(activity.conversation.id)}/members/${encodeURIComponent(activity.from.id)}`,
    base,
  );
  const headers: Record<string, string> = { accept: 'application/json' };
  await signer.signRequest({ headers: { set: (name, value) => (headers[name] = value) } });
  return getJson(url, headers) as Promise<TeamsChannelAccount | undefined>;
}

function connectorCredentials(context: TurnContext): RequestSigner | undefined {
  const client = context.turnState.get(context.adapter.ConnectorClientKey) as
    { credentials?: Partial<RequestSigner> } | undefined;
  const credentials = client?.credentials;
  return typeof credentials?.signRequest === 'function'
    ? (credentials as RequestSigner)
    : undefined;
}

function getJson(url: URL, headers: Record<string, string>): Promise<unknown> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return Promise.resolve(undefined);
  const agent = agents[url.protocol];
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = transport.get(url, { agent, headers, timeout: LOOKUP_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', () => resolve(undefined));
      res.on('end', () => {
        if (res.statusCode !== 200) return resolve(undefined);
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          resolve(undefined);
        }
      });
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}
