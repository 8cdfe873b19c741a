import type { Request, Response } from 'restify';
import { eventIn, untranslatedTexts } from '../../core/event/event-language';
import { translatorFor } from '../../core/i18n/catalog';
import { forScreens, type SpeakingQueue } from '../../core/speaking-queue';
import type { Authenticate } from '../platform/auth/authenticate';
import type { Principal } from '../platform/auth/principal';
import type { Clock } from '../platform/ports';
import type { QueueFeed } from './queue-feed';
import type { QueueOutcome, QueueService } from './queue-service';
import type { MeetingService } from '../meeting-presence';
import type { PresenceFeed } from '../meeting-presence';
import type { MeetingRoles } from '../meeting-presence';
import type { RegistrantPresence } from '../../core/meeting-presence';
import type { OpenStreams } from '../platform/http/open-streams';
import { refuse } from '../platform/http/sign-in';
import { EventStream, eventMessage, type EventMessage } from '../platform/http/event-stream';
import { sendJson } from '../platform/http/send-json';
import { QueueResponse, QueueUpdate } from '../../core/api';
import { sessionParam } from './session-param';
import { requestLanguage } from '../platform/http/request-language';
import type { Metrics } from '../platform/metrics';
import type { Route } from '../platform/feature';

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
  unknownSession: 404,
};

/**
 * The tab's speaking-queue API: the state, the commands, and a Server-Sent Events stream per
 * session's list (`?session=<id>`; without it, the event's first session). Every route needs
 * a signed-in caller (Teams SSO, or the development sign-in).
 */
export function queueRoutes(deps: QueueRouteDeps): Route[] {
  const routes: Route[] = [];
  const base = '/api/events/:eventId/queue';

  routes.push({
    method: 'get',
    path: base,
    access: 'signedIn',
    handle: async (req, res, caller) => {
      const principal = await inMeeting(req, caller, deps);
      const view = await deps.queues.view(req.params.eventId, principal, sessionParam(req));
      if ('ok' in view) return refuse(req, res, 404, view.error.key, view.error.params);
      const { queue, viewer, session, sessions } = view;
      // The reader's language where the event file gives it, else the event's own, marked.
      const language = requestLanguage(req);
      const event = eventIn(view.event, translatorFor(language));
      const untranslated = untranslatedTexts(view.event, language);
      res.header('Cache-Control', 'no-store');
      sendJson(res, QueueResponse, {
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
          categories: event.stakeholderCategories.map((c) => ({ id: c.id, label: c.label })),
          defaultSpeakingTimeSeconds: event.defaultSpeakingTimeSeconds,
          ...(untranslated
            ? {
                untranslated: {
                  language: untranslated.language,
                  ...(untranslated.title ? { title: untranslated.title } : {}),
                  guidingQuestions: untranslated.guidingQuestions,
                },
              }
            : {}),
        },
        session,
        sessions,
      });
    },
  });

  routes.push({
    method: 'post',
    path: `${base}/commands`,
    access: 'signedIn',
    handle: async (req, res, caller) => {
      const principal = await inMeeting(req, caller, deps);
      const outcome = await deps.queues.command(
        req.params.eventId,
        principal,
        req.body,
        sessionParam(req),
      );
      deps.metrics.queueCommands.inc({ outcome: outcome.ok ? 'ok' : outcome.status });
      if (outcome.ok) return sendJson(res, QueueUpdate, stateJson(outcome.queue, deps.clock));
      refuse(req, res, STATUS[outcome.status], outcome.error.key, outcome.error.params, {
        ...('queue' in outcome && outcome.queue ? stateJson(outcome.queue, deps.clock) : {}),
      });
    },
  });

  routes.push({
    method: 'get',
    path: `${base}/stream`,
    access: 'signedIn',
    handle: async (req, res, caller) => {
      const principal = await inMeeting(req, caller, deps);
      const target = await deps.queues.target(String(req.params.eventId), sessionParam(req));
      if ('ok' in target) return refuse(req, res, 404, target.error.key, target.error.params);
      const admission = deps.streams.admit(`${principal.tid}/${principal.oid}`, () => res.end());
      if (!admission.ok) return refuseStream(req, res, admission.full);
      const list = { meetingId: target.event.id, sessionId: target.session.id };
      await stream(req, res, list, lastEventId(req), deps, {
        withPresence: deps.meetings.seesPresence(principal),
        release: admission.release,
      });
    },
  });
  return routes;
}

/** Runs one SSE stream until the client goes away or the service shuts down. */
async function stream(
  req: Request,
  res: Response,
  { meetingId, sessionId }: { meetingId: string; sessionId: string },
  known: number,
  deps: QueueRouteDeps,
  { withPresence, release }: { withPresence: boolean; release: () => void },
): Promise<void> {
  const out = new EventStream(res, {
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  out.sendText('retry: 2000\n\n');
  let last = known;
  const send = (queue: SpeakingQueue) => {
    if (queue.version <= last) return;
    last = queue.version;
    out.send(frameOf(queue, deps.clock));
  };
  // Subscribe first, then read: a change committed in between reaches us either way.
  const unsubscribe = deps.feed.subscribe(meetingId, sessionId, { deliver: send });
  const sendChoice = choiceSender(out);
  const unfollowChoice = deps.feed.followChoice(meetingId, sendChoice);
  const sendPresence = (presence: RegistrantPresence) => out.sendText(presenceFrame(presence));
  const unfollowPresence = withPresence
    ? deps.presenceFeed.subscribe(meetingId, sendPresence)
    : () => undefined;
  const heartbeat = setInterval(() => out.sendText(': keep-alive\n\n'), HEARTBEAT_MS);
  await new Promise<void>((resolve) => {
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      unfollowChoice();
      unfollowPresence();
      release();
      resolve();
    };
    req.on('close', end);
    deps.queues.current(meetingId, sessionId).then(
      (queue) => queue && send(queue),
      () => out.end(),
    );
    if (withPresence) {
      deps.meetings.registrantPresence(meetingId).then(sendPresence, () => out.end());
    }
    deps.feed.currentChoice(meetingId).then(
      (choice) => choice && sendChoice(choice.sessionId, choice.at),
      () => out.end(),
    );
  });
}

/** A stream over the caps: 429 for one person's too many, 503 when the instance is full. */
function refuseStream(req: Request, res: Response, full: 'perUser' | 'total'): void {
  res.header('Retry-After', full === 'perUser' ? '30' : '10');
  if (full === 'perUser') return refuse(req, res, 429, 'limits.tooManyStreams');
  refuse(req, res, 503, 'limits.streamsFull');
}

/**
 * The SSE message for a state, built once however many streams carry it: with a thousand
 * clients on one meeting, serializing per client would cost more than everything else.
 */
const frames = new WeakMap<SpeakingQueue, EventMessage>();
function frameOf(queue: SpeakingQueue, clock: Clock): EventMessage {
  let frame = frames.get(queue);
  if (!frame) {
    const data = JSON.stringify(stateJson(queue, clock));
    frame = eventMessage(`id: ${queue.version}\nevent: queue\ndata: ${data}\n\n`);
    frames.set(queue, frame);
  }
  return frame;
}

/**
 * Writes the chair's choice of session, once per choice: on connecting (a switch may have
 * been missed while away; the tab ignores a choice it already knows) and on each switch.
 */
function choiceSender(out: EventStream): (sessionId: string, at: Date) => void {
  let last = '';
  return (sessionId, at) => {
    const data = JSON.stringify({ sessionId, at: at.toISOString() });
    if (data === last) return;
    last = data;
    out.sendText(`event: session\ndata: ${data}\n\n`);
  };
}

/** Presence frames carry no id: Last-Event-ID counts queue versions only. */
function presenceFrame(presence: RegistrantPresence): string {
  return `event: presence\ndata: ${JSON.stringify({ presence })}\n\n`;
}

function stateJson(queue: SpeakingQueue, clock: Clock): QueueUpdate {
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
function inMeeting(req: Request, caller: Principal, deps: QueueRouteDeps): Promise<Principal> {
  return deps.meetingRoles.withMeetingRole(String(req.params.eventId), caller);
}
