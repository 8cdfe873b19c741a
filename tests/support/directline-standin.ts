import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A loopback Direct Line 3.0 (development and test tooling; production talks to Azure's).
 * To the page it speaks the documented REST API and WebSocket stream
 * (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-api-reference):
 * tokens/generate and tokens/refresh, conversations (start and reconnect), activities POST
 * and GET with a watermark, and `{activities, watermark}` frames on the stream. To the bot it
 * is a channel: it posts activities to the bot's endpoint with channelId `directline` and
 * takes replies on the connector routes `/v3/conversations/{id}/activities[/{replyToId}]`.
 * Like Direct Line's enhanced authentication, a token names one conversation and one user:
 * another conversation's routes answer 403, and the user's id comes from the token.
 */
export interface DirectLineStandIn {
  /** e.g. http://127.0.0.1:PORT, for DIRECT_LINE_ENDPOINT. */
  endpoint: string;
  /** The secret it takes for tokens/generate (DIRECT_LINE_SECRET). */
  secret: string;
  /** The bot's messaging endpoint; may be set once the bot listens (it needs `endpoint`). */
  botEndpoint: string;
  /** Every activity of each conversation, in order (user's and bot's). */
  conversations: Map<string, StoredActivity[]>;
  close(): Promise<void>;
}

type StoredActivity = Record<string, unknown> & { id: string };

interface Conversation {
  id: string;
  userId: string;
  activities: StoredActivity[];
  sockets: Set<WebSocket>;
  started: boolean;
}

interface Token {
  conversationId: string;
  userId: string;
  expiresAt: number;
}

const TOKEN_SECONDS = 3600;
/** The bot's handle in activities, as Direct Line names it. */
export const STANDIN_BOT = { id: 'stakeholder-bot', name: 'Stakeholder Bot', role: 'bot' };
const USER_ID = /^dl_[A-Za-z0-9_-]{1,61}$/;

export async function startDirectLineStandIn(options: {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint?: string;
  secret?: string;
  port?: number;
}): Promise<DirectLineStandIn> {
  const secret = options.secret ?? `standin-${randomBytes(16).toString('hex')}`;
  const conversations = new Map<string, Conversation>();
  const tokens = new Map<string, Token>();
  let endpoint = '';
  let botEndpoint = options.botEndpoint ?? '';

  const issue = (conversationId: string, userId: string) => {
    const token = randomBytes(24).toString('base64url');
    tokens.set(token, { conversationId, userId, expiresAt: Date.now() + TOKEN_SECONDS * 1000 });
    return { conversationId, token, expires_in: TOKEN_SECONDS };
  };
  const tokenOf = (req: http.IncomingMessage): Token | undefined => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ? tokens.get(bearer) : undefined;
    return token && token.expiresAt > Date.now() ? token : undefined;
  };
  const streamUrl = (conversationId: string, token: string, watermark?: string) =>
    `${endpoint.replace(/^http/, 'ws')}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?t=${encodeURIComponent(token)}${watermark ? `&watermark=${watermark}` : ''}`;

  /** Adds an activity to the conversation and pushes it to every open stream. */
  const append = (conversation: Conversation, activity: Record<string, unknown>) => {
    const id = `${conversation.id}|${String(conversation.activities.length).padStart(7, '0')}`;
    const stored = { ...activity, id, timestamp: new Date().toISOString() } as StoredActivity;
    conversation.activities.push(stored);
    const frame = JSON.stringify({
      activities: [stored],
      watermark: String(conversation.activities.length),
    });
    for (const socket of conversation.sockets) socket.send(frame);
    return id;
  };

  /** What the bot receives: the activity as Direct Line relays it. */
  const toBot = async (conversation: Conversation, activity: Record<string, unknown>) => {
    const response = await fetch(botEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...activity,
        channelId: 'directline',
        serviceUrl: endpoint,
        conversation: { id: conversation.id },
        recipient: { id: STANDIN_BOT.id, name: STANDIN_BOT.name },
      }),
    });
    await response.arrayBuffer();
    return response.status;
  };

  const start = async (conversation: Conversation) => {
    if (conversation.started) return;
    conversation.started = true;
    // Direct Line tells the bot who joined when the conversation starts.
    await toBot(conversation, {
      type: 'conversationUpdate',
      id: `${conversation.id}|start`,
      from: { id: conversation.userId },
      membersAdded: [
        { id: STANDIN_BOT.id, name: STANDIN_BOT.name },
        { id: conversation.userId, name: '' },
      ],
    });
  };

  const server = http.createServer((req, res) => {
    void route(req, res).catch((error: Error) =>
      send(res, 500, { error: { message: error.message } }),
    );
  });

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    cors(res);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const url = new URL(req.url ?? '/', endpoint);
    const path = url.pathname;
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    if (body === INVALID) return send(res, 400, error('BadArgument', 'Invalid JSON'));

    // The page's side.
    if (req.method === 'POST' && path === '/v3/directline/tokens/generate') {
      if (req.headers.authorization !== `Bearer ${secret}`) return send(res, 403, forbidden());
      const userId = (body as { user?: { id?: unknown } } | undefined)?.user?.id;
      if (typeof userId !== 'string' || !USER_ID.test(userId))
        return send(res, 400, error('BadArgument', 'user.id must start with dl_'));
      const id = randomBytes(12).toString('hex');
      conversations.set(id, { id, userId, activities: [], sockets: new Set(), started: false });
      return send(res, 200, issue(id, userId));
    }
    if (req.method === 'POST' && path === '/v3/directline/tokens/refresh') {
      const token = tokenOf(req);
      if (!token) return send(res, 403, forbidden());
      return send(res, 200, issue(token.conversationId, token.userId));
    }
    if (req.method === 'POST' && path === '/v3/directline/conversations') {
      const token = tokenOf(req);
      const conversation = token && conversations.get(token.conversationId);
      if (!token || !conversation) return send(res, 403, forbidden());
      const bearer = req.headers.authorization!.slice('Bearer '.length);
      await start(conversation);
      return send(res, 201, {
        ...issue(conversation.id, conversation.userId),
        token: bearer,
        streamUrl: streamUrl(conversation.id, bearer),
      });
    }
    const dl = /^\/v3\/directline\/conversations\/([^/]+)(\/activities)?$/.exec(path);
    if (dl) {
      const conversationId = decodeURIComponent(dl[1]!);
      const token = tokenOf(req);
      if (!token) return send(res, 403, forbidden());
      if (token.conversationId !== conversationId) return send(res, 403, forbidden());
      const conversation = conversations.get(conversationId);
      if (!conversation) return send(res, 404, error('BadArgument', 'Conversation not found'));
      const bearer = req.headers.authorization!.slice('Bearer '.length);
      if (!dl[2] && req.method === 'GET') {
        // Reconnect: a fresh stream URL, resuming after the watermark.
        const watermark = url.searchParams.get('watermark') ?? undefined;
        return send(res, 200, {
          conversationId,
          token: bearer,
          expires_in: TOKEN_SECONDS,
          streamUrl: streamUrl(conversationId, bearer, watermark),
        });
      }
      if (dl[2] && req.method === 'GET') {
        const from = Number(url.searchParams.get('watermark') ?? 0) || 0;
        return send(res, 200, {
          activities: conversation.activities.slice(from),
          watermark: String(conversation.activities.length),
        });
      }
      if (dl[2] && req.method === 'POST') {
        const activity = body as Record<string, unknown>;
        if (typeof activity?.type !== 'string')
          return send(res, 400, error('BadArgument', 'An activity needs a type'));
        // Enhanced authentication: the sender is the token's user, whatever the page says.
        const from = { ...(activity.from as object), id: token.userId, role: 'user' };
        const relayed = { ...activity, from, conversation: { id: conversationId } };
        await start(conversation);
        const id = append(conversation, { ...relayed, channelId: 'directline' });
        const status = await toBot(conversation, { ...relayed, id });
        if (status >= 300) return send(res, 502, error('BotError', `The bot answered ${status}`));
        return send(res, 200, { id });
      }
    }

    // The bot's side: replies and new messages, as the connector takes them.
    const connector = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (connector && req.method === 'POST') {
      const conversation = conversations.get(decodeURIComponent(connector[1]!));
      if (!conversation) return send(res, 404, error('BadArgument', 'Conversation not found'));
      const activity = body as Record<string, unknown>;
      const replyToId = connector[2] ? decodeURIComponent(connector[2]) : undefined;
      const id = append(conversation, {
        ...activity,
        from: { ...STANDIN_BOT },
        conversation: { id: conversation.id },
        channelId: 'directline',
        ...(replyToId ? { replyToId } : {}),
      });
      return send(res, 200, { id });
    }
    if (/^\/v3\/conversations\/[^/]+\/members\//.test(path))
      return send(res, 404, error('NotFound', 'Direct Line keeps no roster'));
    send(res, 404, error('NotFound', `${req.method} ${path}`));
  }

  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', endpoint);
    const match = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/.exec(url.pathname);
    const token = tokens.get(url.searchParams.get('t') ?? '');
    const conversation = match ? conversations.get(decodeURIComponent(match[1]!)) : undefined;
    if (!conversation || !token || token.conversationId !== conversation.id) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      conversation.sockets.add(ws);
      ws.on('close', () => conversation.sockets.delete(ws));
      // A first stream gets the conversation so far (the greeting came before it opened).
      const from = Number(url.searchParams.get('watermark') ?? 0);
      if (Number.isInteger(from) && from < conversation.activities.length) {
        ws.send(
          JSON.stringify({
            activities: conversation.activities.slice(from),
            watermark: String(conversation.activities.length),
          }),
        );
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const view = new Map<string, StoredActivity[]>();
  return {
    endpoint,
    secret,
    get botEndpoint() {
      return botEndpoint;
    },
    set botEndpoint(url: string) {
      botEndpoint = url;
    },
    get conversations() {
      view.clear();
      for (const [id, c] of conversations) view.set(id, c.activities);
      return view;
    },
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const INVALID = Symbol('invalid');

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function cors(res: http.ServerResponse): void {
  // Direct Line answers browsers on any origin; the token is what guards a conversation.
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader(
    'Access-Control-Allow-Headers',
    'Authorization, Content-Type, x-ms-bot-agent, x-requested-with',
  );
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
}

function error(code: string, message: string) {
  return { error: { code, message } };
}

function forbidden() {
  return error('TokenExpired', 'The token is not valid for this conversation');
}
