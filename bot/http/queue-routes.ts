import type { Request, Response, Server } from 'restify';
import { forScreens, type SpeakingQueue } from '../../core/speaking-queue';
import type { Authenticate } from '../auth/authenticate';
import type { Principal } from '../auth/principal';
import type { Clock } from '../services/ports';
import type { QueueFeed } from '../services/queue-feed';
import type { QueueOutcome, QueueService } from '../services/queue-service';
import type { MeetingService } from '../services/meeting-service';
import type { PresenceFeed } from '../services/presence-feed';
import type { MeetingRoles } from '../teams/meeting-roles';
import type { RegistrantPresence } from '../../core/meeting-presence';
import type { OpenStreams } from './open-streams';
import { refuse, signedIn } from './sign-in';
import type { Metrics } from '../metrics';

export interface QueueRouteDeps {
  authenticate: Authenticate;
  queues: QueueService;
  /** The event's Teams meeting: presence of the speakers in the queue's view. */
  meetings: MeetingService;
  feed: QueueFeed;
  /** Presence changes for the chair's streams. */
  presenceFeed: PresenceFeed;
  /** The caller's role in the event's Teams meeting (Organizer and Presenters run the queue). */
  meetingRoles: Pick<MeetingRoles, 'withMeetingRole'>;
  streams: OpenStreams;
  clock: Clock;
  metrics: Pick<Metrics, 'queueCommands'>;
}

/** Comment lines keep proxies from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;

const STATUS: Record<Exclude<QueueOutcome, { ok: true }>['status'], number> = {
  stale: 409,
  conflict: 409,
  forbidden: 403,
  invalid: 400,
  notFound: 404,
  unknownEvent: 404,
};

/**
 * The tab's speaking-queue API: the state, the commands, and a Server-Sent Events stream per
 * meeting. Every route needs a signed-in caller (Teams SSO, or the development sign-in).
 */
export function registerQueueRoutes(server: Server, deps: QueueRouteDeps): void {
  const base = '/api/events/:eventId/queue';

  server.get(base, async (req, res) => {
    const principal = await inMeeting(req, res, deps);
    if (!principal) return;
    const view = await deps.queues.view(req.params.eventId, principal);
    if (!view) return refuse(req, res, 404, 'queue.error.unknownMeeting');
    const { event, queue, viewer } = view;
    res.header('Cache-Control', 'no-store');
    res.send(200, {
      ...stateJson(queue, deps.clock),
      role: viewer.role,
      me: viewer,
      presence: await deps.meetings.presence(event.id, queue),
      ...(deps.meetings.seesPresence(principal)
        ? { registrantPresence: await deps.meetings.registrantPresence(event.id) }
        : {}),
      event: {
        id: event.id,
        title: event.title,
        timeZone: event.timeZone,
        start: event.start,
        end: event.end,
        guidingQuestions: event.guidingQuestions,
        defaultSpeakingTimeSeconds: event.defaultSpeakingTimeSeconds,
      },
    });
  });

  server.post(`${base}/commands`, async (req, res) => {
    const principal = await inMeeting(req, res, deps);
    if (!principal) return;
    const outcome = await deps.queues.command(req.params.eventId, principal, req.body);
    deps.metrics.queueCommands.inc({ outcome: outcome.ok ? 'ok' : outcome.status });
    if (outcome.ok) return void res.send(200, stateJson(outcome.queue, deps.clock));
    refuse(req, res, STATUS[outcome.status], outcome.error.key, outcome.error.params, {
      ...(outcome.queue ? stateJson(outcome.queue, deps.clock) : {}),
    });
  });

  server.get(`${base}/stream`, async (req, res) => {
    const principal = await inMeeting(req, res, deps);
    if (!principal) return;
    const meetingId = String(req.params.eventId);
    if (!(await deps.queues.current(meetingId))) {
      return refuse(req, res, 404, 'queue.error.unknownMeeting');
    }
    await stream(
      req,
      res,
      meetingId,
      lastEventId(req),
      deps,
      deps.meetings.seesPresence(principal),
    );
  });
}

/** Runs one SSE stream until the client goes away or the service shuts down. */
async function stream(
  req: Request,
  res: Response,
  meetingId: string,
  known: number,
  deps: QueueRouteDeps,
  withPresence: boolean,
): Promise<void> {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  let last = known;
  const send = (queue: SpeakingQueue) => {
    if (queue.version <= last) return;
    last = queue.version;
    res.write(frameOf(queue, deps.clock));
  };
  // Subscribe first, then read: a change committed in between reaches us either way.
  const unsubscribe = deps.feed.subscribe(meetingId, { deliver: send });
  const sendPresence = (presence: RegistrantPresence) => res.write(presenceFrame(presence));
  const unfollowPresence = withPresence
    ? deps.presenceFeed.subscribe(meetingId, sendPresence)
    : () => undefined;
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  await new Promise<void>((resolve) => {
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      unfollowPresence();
      untrack();
      resolve();
    };
    const untrack = deps.streams.track(() => res.end());
    req.on('close', end);
    deps.queues.current(meetingId).then(
      (queue) => queue && send(queue),
      () => res.end(),
    );
    if (withPresence) {
      deps.meetings.registrantPresence(meetingId).then(sendPresence, () => res.end());
    }
  });
}

/**
 * The SSE message for a state, built once however many streams carry it: with a thousand
 * clients on one meeting, serializing per client would cost more than everything else.
 */
const frames = new WeakMap<SpeakingQueue, Buffer>();
function frameOf(queue: SpeakingQueue, clock: Clock): Buffer {
  let frame = frames.get(queue);
  if (!frame) {
    const data = JSON.stringify(stateJson(queue, clock));
    frame = Buffer.from(`id: ${queue.version}\nevent: queue\ndata: ${data}\n\n`);
    frames.set(queue, frame);
  }
  return frame;
}

/** Presence frames carry no id: Last-Event-ID counts queue versions only. */
function presenceFrame(presence: RegistrantPresence): string {
  return `event: presence\ndata: ${JSON.stringify({ presence })}\n\n`;
}

function stateJson(queue: SpeakingQueue, clock: Clock) {
  return { queue: forScreens(queue), serverNow: clock.now().getTime() };
}

/**
 * The last version the client has: the Last-Event-ID header of a reconnect, or -1 for a new
 * client, which then gets the current state even before the first change (version 0).
 */
function lastEventId(req: Request): number {
  const header = req.headers['last-event-id'];
  const value = Number(Array.isArray(header) ? header[0] : header);
  return header !== undefined && Number.isInteger(value) && value >= 0 ? value : -1;
}

/** The signed-in caller with their role in the event's Teams meeting, as Teams reports it. */
async function inMeeting(
  req: Request,
  res: Response,
  deps: QueueRouteDeps,
): Promise<Principal | undefined> {
  const principal = await signedIn(req, res, deps.authenticate);
  return principal && deps.meetingRoles.withMeetingRole(String(req.params.eventId), principal);
}
