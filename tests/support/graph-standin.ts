import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  OUTSIDE_SUBSET,
  makeValidator,
  readGraphDocuments,
  readOperations,
  validateRequest,
} from './graph-subset-validation';
import { answerToken, openIdConfiguration } from './graph-standin-token';
import { odataError, replyFailure } from './graph-standin-errors';
import { answerTeamwork, type CatalogApp, type TeamworkState } from './graph-standin-teamwork';
import {
  addOnlineMeeting,
  answerOnlineMeetings,
  type OnlineMeetingState,
} from './graph-standin-meetings';

export { OPENAPI_FILE, checkAgainstSubset } from './graph-subset-validation';

/**
 * A loopback Microsoft Graph + Entra ID token endpoint. Every Graph request is checked
 * against the OpenAPI subset of shared/graph (method, path, query, JSON body), answering 400
 * with the validation errors when it does not fit, as Graph would.
 *
 * MSAL refuses an authority that is not https, and the Graph SDK attaches the token only to
 * https hosts, so clients are configured with `https://127.0.0.1:PORT` URLs and `fetch` below
 * carries them over plain http to this server: TLS itself is not under test.
 */
export type RequestKind = 'token' | 'discovery' | 'graph' | 'unknown';

export interface RecordedRequest {
  kind: RequestKind;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  status: number;
  receivedAt: number;
  /** The OpenAPI operation matched, e.g. `POST /users/{user-id}/events`. */
  operation?: string;
  /** Operations the subset lacks but Graph has, accepted only with `outsideSubset`. */
  outsideSubset?: boolean;
  validationErrors?: string[];
}

export interface ScriptedFailure {
  status: 400 | 403 | 404 | 429 | 500 | 503 | 504;
  times?: number;
  retryAfterSeconds?: number;
  code?: string;
  message?: string;
  /** Only requests of this operation, e.g. `POST /users/{user-id}/teamwork/installedApps`. */
  operation?: string;
}

export interface GraphStandIn {
  /** `https://127.0.0.1:PORT`: give it as authority host; `${origin}/v1.0` as Graph base URL. */
  origin: string;
  graphBaseUrl: string;
  /** Rewrites the https URLs to this plain-http loopback server; pass as the client's `fetch`. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  requests: RecordedRequest[];
  /** Calendar events created, keyed by id. */
  events: Map<string, Record<string, unknown>>;
  /** Users (UPN or id) that exist; others get 404 ErrorInvalidUser. */
  users: Set<string>;
  /** Each known user principal name's object id (a GUID), as `GET /users/{upn}` answers it. */
  objectIds: Map<string, string>;
  /** The Teams app catalog and the per-user installations. */
  teamwork: TeamworkState;
  /** The online meeting behind each created event, and attendance reports tests add. */
  onlineMeetings: OnlineMeetingState;
  /** Bodies of the sendMail requests Graph accepted, with the mailbox they were sent from. */
  mails: Array<{ mailbox: string; body: Record<string, any> }>;
  /** The next Graph requests (not token requests) get these answers, in order. */
  failNext(failure: ScriptedFailure): void;
  close(): Promise<void>;
}

export interface GraphStandInOptions {
  users?: string[];
  /** Accept PATCH event and POST cancel, which Graph v1.0 has but the subset does not. */
  outsideSubset?: boolean;
  /** Apps in the tenant catalog (none by default). */
  catalog?: CatalogApp[];
  /** Receives the user id of each app installation, e.g. the connector stand-in's set. */
  installedFor?: Set<string>;
}

export async function startGraphStandIn(options: GraphStandInOptions = {}): Promise<GraphStandIn> {
  const { doc, supplementOperations } = readGraphDocuments();
  const validator = makeValidator(doc);
  // sendMail is outside the shared subset but always answered: web registrants are mailed.
  const sendMail = supplementOperations.filter((op) => op.name.endsWith('/sendMail'));
  const outside = options.outsideSubset ? [...OUTSIDE_SUBSET, ...supplementOperations] : sendMail;
  const operations = [...readOperations(doc), ...outside];
  const issuedTokens = new Set<string>();
  const failures: ScriptedFailure[] = [];
  const requests: RecordedRequest[] = [];
  const events = new Map<string, Record<string, unknown>>();
  const mails: GraphStandIn['mails'] = [];
  const users = new Set((options.users ?? ['chair@contoso.example']).map((u) => u.toLowerCase()));
  // Every UPN gets an object id; both name the same user, as in Entra ID.
  const objectIds = new Map<string, string>();
  for (const user of [...users]) {
    if (GUID.test(user)) continue;
    const id = randomUUID();
    objectIds.set(user, id);
    users.add(id);
  }
  const teamwork: TeamworkState = {
    catalog: options.catalog ?? [],
    installations: new Set(),
    installedFor: options.installedFor ?? new Set(),
  };
  const onlineMeetings: OnlineMeetingState = {
    meetings: new Map(),
    reports: new Map(),
    transcripts: new Map(),
    pageSize: 100,
  };
  let origin = '';

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const raw = await readBody(req);
    const record: RecordedRequest = {
      kind: 'unknown',
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parseBody(raw, req.headers['content-type']),
      status: 0,
      receivedAt: Date.now(),
    };
    requests.push(record);
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      // Not chained: restify, loaded by other tests in the same jest worker, patches
      // ServerResponse.prototype.writeHead into one that does not return the response.
      if (json === undefined) {
        res.writeHead(status, headers);
        return res.end();
      }
      // A body that is not JSON (a transcript's WebVTT) comes as text with its own type.
      if (typeof json === 'string' && headers['Content-Type']) {
        res.writeHead(status, headers);
        return res.end(json);
      }
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    const tenant = url.pathname.split('/')[1] ?? '';
    if (url.pathname.endsWith('/v2.0/.well-known/openid-configuration')) {
      record.kind = 'discovery';
      return reply(200, openIdConfiguration(origin, tenant));
    }
    if (req.method === 'POST' && url.pathname.endsWith('/oauth2/v2.0/token')) {
      record.kind = 'token';
      return answerToken(record, tenant, issuedTokens, reply);
    }
    if (!url.pathname.startsWith('/v1.0/')) return reply(404, odataError('NotFound', 'No route'));
    record.kind = 'graph';
    const graphPath = url.pathname.slice('/v1.0'.length);
    const operation = operations.find(
      (op) => op.name.startsWith(`${record.method} `) && op.template.test(graphPath),
    );
    if (!operation) {
      record.validationErrors = [`${record.method} ${graphPath} is not in the OpenAPI subset`];
      return reply(400, odataError('BadRequest', record.validationErrors[0] ?? ''));
    }
    record.operation = operation.name;
    if (operation.outsideSubset) record.outsideSubset = true;
    const bearer = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!issuedTokens.has(bearer)) {
      return reply(401, odataError('InvalidAuthenticationToken', 'Access token is empty.'));
    }
    const errors = validateRequest(validator, operation, record);
    if (errors.length > 0) {
      record.validationErrors = errors;
      return reply(400, odataError('BadRequest', errors.join('; ')));
    }
    const index = failures.findIndex((f) => !f.operation || f.operation === operation.name);
    const failure = failures[index];
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      if (failure.times <= 0) failures.splice(index, 1);
      return replyFailure(failure, reply);
    }
    const user = decodeURIComponent(graphPath.split('/')[2] ?? '').toLowerCase();
    if (graphPath.startsWith('/users/') && !users.has(user)) {
      return reply(404, odataError('ErrorInvalidUser', `The requested user '${user}' is invalid.`));
    }
    // The app-only onlineMeetings API takes the organizer's object id only: Graph answers a
    // user principal name there with 404, even for a user that exists.
    if (graphPath.includes('/onlineMeetings') && !GUID.test(user)) {
      return reply(404, odataError('NotFound', 'The requested resource was not found.'));
    }
    if (operation.name === 'GET /users/{user-id}') {
      const id = GUID.test(user) ? user : (objectIds.get(user) ?? user);
      const upn = [...objectIds].find(([, known]) => known === id)?.[0] ?? null;
      const found: Record<string, unknown> = { id, userPrincipalName: upn, mail: upn };
      const select = record.query.$select?.split(',');
      return reply(
        200,
        select ? Object.fromEntries(select.map((key) => [key, found[key] ?? null])) : found,
      );
    }
    const body = record.body as Record<string, unknown> | undefined;
    if (operation.name === 'POST /users/{user-id}/sendMail') {
      mails.push({ mailbox: user, body: body as Record<string, any> });
      return reply(202, undefined);
    }
    if (answerTeamwork(operation.name, graphPath, record.query, body, teamwork, reply)) return;
    const at = { path: graphPath, query: record.query, base: `${origin}/v1.0` };
    if (answerOnlineMeetings(operation.name, at, body, onlineMeetings, reply)) return;
    return answerGraph(
      operation.name,
      graphPath,
      record.body as Record<string, unknown>,
      events,
      reply,
      onlineMeetings,
    );
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `https://127.0.0.1:${port}`;
  return {
    origin,
    graphBaseUrl: `${origin}/v1.0`,
    fetch: (input, init) => fetch(toPlainHttp(input, origin, port), init),
    requests,
    events,
    mails,
    users,
    objectIds,
    teamwork,
    onlineMeetings,
    failNext: (failure) => failures.push({ ...failure }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toPlainHttp(input: RequestInfo | URL, origin: string, port: number): RequestInfo | URL {
  const plain = (url: string) =>
    url.startsWith(origin) ? `http://127.0.0.1:${port}${url.slice(origin.length)}` : url;
  if (typeof input === 'string') return plain(input);
  if (input instanceof URL) return new URL(plain(input.href));
  return new Request(plain(input.url), input);
}

type Reply = (status: number, json: unknown, headers?: Record<string, string>) => void;

function answerGraph(
  operation: string,
  graphPath: string,
  body: Record<string, unknown>,
  events: Map<string, Record<string, unknown>>,
  reply: Reply,
  onlineMeetings: OnlineMeetingState,
) {
  const eventId = decodeURIComponent(graphPath.split('/')[4] ?? '');
  switch (operation) {
    case 'POST /users/{user-id}/events': {
      const existing = [...events.values()].find((e) => e.transactionId === body.transactionId);
      if (existing) return reply(201, existing);
      const id = `AAMk${randomUUID().replace(/-/g, '')}`;
      const joinUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0`;
      const created = { ...body, id, onlineMeeting: { joinUrl }, isOrganizer: true };
      events.set(id, created);
      addOnlineMeeting(onlineMeetings, joinUrl, body.subject);
      return reply(201, created);
    }
    case 'PATCH /users/{user-id}/events/{event-id}': {
      const event = events.get(eventId);
      if (!event)
        return reply(
          404,
          odataError('ErrorItemNotFound', 'The specified object was not found in the store.'),
        );
      Object.assign(event, body);
      return reply(200, event);
    }
    case 'POST /users/{user-id}/events/{event-id}/cancel': {
      const event = events.get(eventId);
      if (!event)
        return reply(
          404,
          odataError('ErrorItemNotFound', 'The specified object was not found in the store.'),
        );
      event.isCancelled = true;
      return reply(202, undefined);
    }
    default:
      return reply(501, odataError('NotImplemented', `${operation} has no stand-in answer`));
  }
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
