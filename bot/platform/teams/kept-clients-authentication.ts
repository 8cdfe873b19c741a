import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { LRUCache } from 'lru-cache';

type Inner = ConfigurationBotFrameworkAuthentication;
type RequestResult = Awaited<ReturnType<Inner['authenticateRequest']>>;
type ClaimsIdentity = RequestResult['claimsIdentity'];
type ConnectorFactory = ReturnType<Inner['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Inner['createUserTokenClient']>>;

/**
 * Clients kept at most, per kind: one per app id, audience and service URL, so a handful; past
 * it the least recently used is built afresh. No time to live: the clients refresh their tokens.
 */
const LIMIT = 100;

/**
 * The SDK's authentication, except that the clients it builds for outbound calls are kept.
 * CloudAdapter builds a connector client and a user-token client, each with its own HTTP
 * pipeline of policies, for every activity it receives, though they depend only on the bot's
 * app id, the audience and the service URL: in a registration rush that was a noticeable part
 * of each turn's CPU, mostly for turns that answer in the HTTP response and call nobody. The
 * kept clients hold the SDK's own credentials objects, which refresh their tokens themselves.
 */
export class KeptClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new LRUCache<string, Promise<ConnectorClient>>({ max: LIMIT });
  private readonly userTokens = new LRUCache<string, Promise<UserTokenClient>>({ max: LIMIT });

  override async authenticateRequest(
    ...args: Parameters<Inner['authenticateRequest']>
  ): Promise<RequestResult> {
    const result = await super.authenticateRequest(...args);
    return this.keptIn(result);
  }

  override async authenticateStreamingRequest(
    ...args: Parameters<Inner['authenticateStreamingRequest']>
  ): Promise<RequestResult> {
    const result = await super.authenticateStreamingRequest(...args);
    return this.keptIn(result);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.kept(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return keep(this.userTokens, appIdOf(claimsIdentity), () =>
      super.createUserTokenClient(claimsIdentity),
    );
  }

  private keptIn(result: RequestResult): RequestResult {
    const { connectorFactory, claimsIdentity } = result;
    return connectorFactory
      ? { ...result, connectorFactory: this.kept(connectorFactory, claimsIdentity) }
      : result;
  }

  /** `factory`, but a client it built for one audience and service URL is built only once. */
  private kept(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        keep(this.connectors, JSON.stringify([appId, audience ?? null, serviceUrl]), () =>
          factory.create(serviceUrl, audience),
        ),
    };
  }
}

/** The bot's app id the SDK builds clients for (audience claim, or appid for the emulator). */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue('aud') ?? claimsIdentity.getClaimValue('appid') ?? '';
}

/** The kept value of `key`, or the one `build` makes (kept unless it fails). */
function keep<V>(
  kept: LRUCache<string, Promise<V>>,
  key: string,
  build: () => Promise<V>,
): Promise<V> {
  const found = kept.get(key);
  if (found) return found;
  const building = build();
  kept.set(key, building);
  building.catch(() => {
    if (kept.peek(key) === building) kept.delete(key);
  });
  return building;
}
