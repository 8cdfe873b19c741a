import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { nextSendAt, type RateWindow } from '../../core/outbox/rate-limits';

/** What the stand-in recorded: every activity the bot sent, in order. */
export interface SentActivity {
  conversationId: string;
  replyToId?: string;
  activity: Record<string, unknown>;
}

/** A targeted in-meeting notification the bot sent (POST /v1/meetings/{id}/notification). */
export interface SentMeetingNotification {
  meetingId: string;
  body: Record<string, unknown>;
}

export interface ConnectorStandIn {
  serviceUrl: string;
  sent: SentActivity[];
  meetingNotifications: SentMeetingNotification[];
  /** Status the notification endpoint answers: 202 as Teams does, or e.g. 500 to fail. */
  meetingNotificationStatus: number;
  /**
   * Meeting roles by Entra object id, as GET /v1/meetings/{id}/participants/{oid} reports
   * them (getMeetingParticipant); anyone else is not a participant (404).
   */
  meetingRoles: Map<string, 'Organizer' | 'Presenter' | 'Attendee'>;
  /** The participant lookups asked, as `meetingId|participantId|tenantId`. */
  participantLookups: string[];
  /** Profiles returned by GET /v3/conversations/{id}/members/{userId}, keyed by user id. */
  members: Map<string, Record<string, unknown>>;
  /** Answers member lookups for ids not in `members` (as Teams does for anyone in the chat). */
  memberFallback?: (userId: string) => Record<string, unknown> | undefined;
  /** Activities accepted per conversation (the recipient of a personal chat). */
  perRecipient: Map<string, number>;
  /** Accepted activities per id the bot gave them (`channelData.outboxId`): 2+ is a duplicate. */
  perActivityId: Map<string, number>;
  /** Sends refused: by the rate limits, and by the scripted failures. */
  refused: { rateLimited: number; scripted: number };
  /** Conversations opened with POST /v3/conversations, by member id. */
  created: Map<string, string>;
  /** Member ids whose chat could not be opened because the app is not installed for them. */
  refusedChats: string[];
  close(): Promise<void>;
}

/** A scripted answer to a send instead of accepting it. */
export interface ScriptedFailure {
  status: number;
  retryAfterSeconds?: number;
}

/** Optional behaviour of the stand-in; without options it accepts everything, as before. */
export interface ConnectorStandInOptions {
  /** Refuse sends that break these windows per conversation with 429 and Retry-After. */
  conversationLimits?: readonly RateWindow[];
  /** The same for all sends together (one app in one tenant). */
  tenantLimits?: readonly RateWindow[];
  /**
   * People for whom the app is installed: opening a 1:1 chat with anyone else is refused with
   * 403 BotNotInConversationRoster, as Teams does. Absent: every chat may be opened.
   */
  installedFor?: ReadonlySet<string>;
  /** Decides per send whether to fail it, e.g. 5% answered 429. */
  fail?: (send: {
    conversationId: string;
    activity: Record<string, unknown>;
  }) => ScriptedFailure | undefined;
}

/** Fails a share of sends with 429, from a seeded random source so runs repeat. */
export function failShare(
  share: number,
  random: () => number,
  retryAfterSeconds = 1,
): ConnectorStandInOptions['fail'] {
  return () => (random() < share ? { status: 429, retryAfterSeconds } : undefined);
}

/**
 * A loopback Bot Connector (Teams' v3 REST API subset the bot uses): send, reply, update and
 * get member; and v1 targeted meeting notifications. It speaks the real wire format, so
 * CloudAdapter's own client is under test.
 */
export async function startConnectorStandIn(
  options: ConnectorStandInOptions = {},
): Promise<ConnectorStandIn> {
  const sent: SentActivity[] = [];
  const arrivals = new Map<string, number[]>();
  const meetingNotifications: SentMeetingNotification[] = [];
  const members = new Map<string, Record<string, unknown>>();
  let counter = 0;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const body = await readJson(req);
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.method === 'GET' && isParticipantLookup(parts)) {
      const [, , meetingId = '', , participantId = ''] = parts;
      standIn.participantLookups.push(
        `${meetingId}|${participantId}|${url.searchParams.get('tenantId') ?? ''}`,
      );
      const role = standIn.meetingRoles.get(participantId);
      if (!role)
        return reply(404, { error: { code: 'NotFound', message: 'Participant not found' } });
      return reply(200, {
        user: { id: `29:${participantId}`, aadObjectId: participantId, name: '' },
        meeting: { role, inMeeting: true },
        conversation: { id: `19:meeting_${meetingId}@thread.v2`, isGroup: true },
      });
    }
    if (req.method === 'POST' && isMeetingNotification(parts)) {
      meetingNotifications.push({ meetingId: parts[2] ?? '', body });
      const status = standIn.meetingNotificationStatus;
      return status < 300 ? reply(status, {}) : reply(status, { error: { code: 'ServiceError' } });
    }
    if (req.method === 'POST' && parts[0] === 'v3' && parts[1] === 'conversations' && !parts[2]) {
      const member = (body.members as Array<{ id: string }> | undefined)?.[0]?.id ?? 'unknown';
      if (options.installedFor && !options.installedFor.has(member)) {
        standIn.refusedChats.push(member);
        return reply(403, {
          error: {
            code: 'BotNotInConversationRoster',
            message: 'The bot is not part of the conversation roster.',
          },
        });
      }
      const id = `a:created-${member}`;
      standIn.created.set(member, id);
      return reply(201, { id });
    }
    if (parts[0] !== 'v3' || parts[1] !== 'conversations' || !parts[2])
      return reply(404, { error: 'not found' });
    const conversationId = parts[2];
    if (req.method === 'POST' && parts[3] === 'activities') {
      const limited = limitRefusal(arrivals, conversationId, options);
      const refused = limited ?? options.fail?.({ conversationId, activity: body });
      if (refused) {
        standIn.refused[limited ? 'rateLimited' : 'scripted'] += 1;
        res.writeHead(refused.status, {
          'Content-Type': 'application/json',
          ...(refused.retryAfterSeconds !== undefined
            ? { 'Retry-After': String(refused.retryAfterSeconds) }
            : {}),
        });
        const throttled = refused.status === 429;
        const error = throttled
          ? { code: 'Throttled', message: 'Too many requests' }
          : { code: 'Refused', message: 'Refused by the stand-in' };
        res.end(JSON.stringify({ error }));
        return;
      }
      count(standIn.perRecipient, conversationId);
      const activityId = idOf(body);
      if (activityId) count(standIn.perActivityId, activityId);
      counter += 1;
      sent.push({ conversationId, ...(parts[4] ? { replyToId: parts[4] } : {}), activity: body });
      return reply(200, { id: `sent-${counter}` });
    }
    if (req.method === 'PUT' && parts[3] === 'activities' && parts[4]) {
      sent.push({ conversationId, replyToId: parts[4], activity: body });
      return reply(200, { id: parts[4] });
    }
    if (req.method === 'GET' && parts[3] === 'members' && parts[4]) {
      const member = members.get(parts[4]) ?? standIn.memberFallback?.(parts[4]);
      return member
        ? reply(200, member)
        : reply(404, { error: { code: 'MemberNotFoundInConversation' } });
    }
    return reply(404, { error: 'not found' });
  });
  // A deep accept queue: the bot opens a connection per connector call, hundreds at once.
  await new Promise<void>((resolve) =>
    server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve),
  );
  const { port } = server.address() as AddressInfo;
  const standIn: ConnectorStandIn = {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sent,
    meetingNotifications,
    meetingNotificationStatus: 202,
    members,
    meetingRoles: new Map(),
    participantLookups: [],
    perRecipient: new Map(),
    perActivityId: new Map(),
    refused: { rateLimited: 0, scripted: 0 },
    created: new Map(),
    refusedChats: [],
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A keep-alive socket the bot's connector client still holds must not keep the test open.
        server.closeAllConnections();
      }),
  };
  return standIn;
}

function isParticipantLookup(parts: string[]): boolean {
  return (
    parts.length === 5 &&
    parts[0] === 'v1' &&
    parts[1] === 'meetings' &&
    parts[3] === 'participants'
  );
}

function isMeetingNotification(parts: string[]): boolean {
  return (
    parts.length === 4 &&
    parts[0] === 'v1' &&
    parts[1] === 'meetings' &&
    parts[3] === 'notification'
  );
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** The id the bot gave an activity: botbuilder drops `id` on send, so `channelData.outboxId`. */
function idOf(activity: Record<string, unknown>): string | undefined {
  const outboxId = (activity.channelData as { outboxId?: unknown } | undefined)?.outboxId;
  if (typeof outboxId === 'string') return outboxId;
  return typeof activity.id === 'string' ? activity.id : undefined;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A 429 when accepting one more send now would break a window; else records the arrival. */
function limitRefusal(
  arrivals: Map<string, number[]>,
  conversationId: string,
  options: ConnectorStandInOptions,
): ScriptedFailure | undefined {
  const now = performance.now();
  const checks: Array<[string, readonly RateWindow[] | undefined]> = [
    [`c:${conversationId}`, options.conversationLimits],
    ['tenant', options.tenantLimits],
  ];
  for (const [key, windows] of checks) {
    if (!windows) continue;
    const longest = Math.max(...windows.map((w) => w.windowMs));
    const log = (arrivals.get(key) ?? []).filter((t) => t > now - longest);
    arrivals.set(key, log);
    const allowedAt = nextSendAt(log, now, windows);
    if (allowedAt > now)
      return { status: 429, retryAfterSeconds: Math.max(1, Math.ceil((allowedAt - now) / 1000)) };
  }
  for (const [key, windows] of checks) if (windows) arrivals.get(key)?.push(now);
  return undefined;
}
