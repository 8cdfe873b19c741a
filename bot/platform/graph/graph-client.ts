import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { FetchHttpHandler, FetchNetworkClient, type FetchLike } from './fetch-transport';
import { MsalAuthenticationProvider } from './msal-authentication-provider';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const AUTHORITY_HOST = 'https://login.microsoftonline.com';

/** An app certificate for client credentials: PEM private key and the certificate's SHA-256. */
export interface GraphCertificate {
  privateKey: string;
  thumbprintSha256: string;
  /** PEM certificate chain, sent as x5c (needed for subject-name/issuer authentication). */
  x5c?: string;
}

export interface GraphClientOptions {
  tenantId: string;
  clientId: string;
  /** Exactly one of clientSecret and certificate. */
  clientSecret?: string;
  certificate?: GraphCertificate;
  /** Graph root including the version, e.g. `https://graph.microsoft.com/v1.0`. */
  baseUrl?: string;
  /** Entra ID host, e.g. `https://login.microsoftonline.com`; must be https (MSAL insists). */
  authorityHost?: string;
  /** RetryHandler settings; Retry-After, when Graph sends one, always wins over `delaySeconds`. */
  retry?: { delaySeconds?: number; maxRetries?: number };
  /** Replaces the HTTP layer under MSAL and Graph (proxy, private CA, loopback stand-in). */
  fetch?: FetchLike;
}

/**
 * A Graph client signed in with the app's own identity (client credentials, scope
 * `https://graph.microsoft.com/.default`), behind the SDK's middleware chain:
 * Authentication -> Retry (429/503/504, honours Retry-After) -> Redirect -> Telemetry -> HTTP.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const msal = new ConfidentialClientApplication(msalConfiguration(options));
  const base = splitBaseUrl(options.baseUrl ?? GRAPH_BASE_URL);
  const retry = new RetryHandlerOptions(options.retry?.delaySeconds, options.retry?.maxRetries);
  const chain: Middleware[] = [
    new AuthenticationHandler(new MsalAuthenticationProvider(msal)),
    new RetryHandler(retry),
    new RedirectHandler(),
    new TelemetryHandler(),
    options.fetch ? new FetchHttpHandler(options.fetch) : new HTTPMessageHandler(),
  ];
  return Client.initWithMiddleware({
    middleware: chain,
    baseUrl: base.root,
    defaultVersion: base.version,
    // The SDK attaches the bearer token only to Graph's own hosts unless told otherwise.
    ...(base.host === 'graph.microsoft.com' ? {} : { customHosts: new Set([base.host]) }),
  });
}

function msalConfiguration(options: GraphClientOptions): Configuration {
  const host = new URL(options.authorityHost ?? AUTHORITY_HOST);
  const credential = options.certificate
    ? { clientCertificate: options.certificate }
    : { clientSecret: options.clientSecret ?? '' };
  return {
    auth: {
      clientId: options.clientId,
      authority: `${host.origin}/${options.tenantId}`,
      // A host MSAL does not know would trigger instance discovery at login.microsoftonline.com.
      ...(isMicrosoftAuthority(host.hostname) ? {} : { knownAuthorities: [host.host] }),
      ...credential,
    },
    ...(options.fetch ? { system: { networkClient: new FetchNetworkClient(options.fetch) } } : {}),
  };
}

const MICROSOFT_AUTHORITIES = new Set([
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
]);

function isMicrosoftAuthority(hostname: string): boolean {
  return MICROSOFT_AUTHORITIES.has(hostname.toLowerCase());
}

/** `https://host/prefix/v1.0` -> root `https://host/prefix/`, version `v1.0`. */
function splitBaseUrl(baseUrl: string): { root: string; version: string; host: string } {
  const url = new URL(baseUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  const version = segments.pop() ?? 'v1.0';
  const prefix = segments.length > 0 ? `${segments.join('/')}/` : '';
  return { root: `${url.origin}/${prefix}`, version, host: url.hostname };
}
