import type { QueueCommand } from '../../../core/speaking-queue';
import type { Host } from '../host/host';
import type {
  CapacityResponse,
  DecisionPreviewResponse,
  DecisionResponse,
  DeliveryResponse,
  EventSummary,
  Me,
  QueueResponse,
  QueueUpdate,
  RegistrationDetailResponse,
  RegistrationsResponse,
  SessionsResponse,
  SpeakersResponse,
  StopSendingResponse,
} from './api-types';
import type {
  BreakoutsResponse,
  InvitationsResponse,
  MyRoundtableResponse,
  ProgrammeResponse,
  RoundtableList,
} from './roundtable-types';
import type { InputsResponse, ReviewResponse } from './input-types';
import type { SummaryLinkResponse, SummaryResponse } from '../../../core/api/summary-api';

/** A refusal of the service: its status, catalog code, localized text and body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** A command without its base version; the queue hook adds the version it shows. */
export type CommandInput = WithoutBase<QueueCommand>;
type WithoutBase<C> = C extends unknown ? Omit<C, 'baseVersion'> : never;

/** The tab's one client of the service's API; every call is signed in through the host. */
export class ApiClient {
  constructor(
    private readonly host: Host,
    private readonly language: string,
    private readonly base = '',
  ) {}

  /** GET answers asked before anyone wanted them (`prefetchQueue`), each handed out once. */
  private readonly early = new Map<string, Promise<unknown>>();

  /**
   * Asks for a meeting surface's first data as soon as the tab is signed in, while React,
   * Fluent UI and the surface's chunk are still loading and rendering; the views' own first
   * calls then take these answers. The session to open and the event's first session's list
   * are asked at once: that list is the one to open unless the chair chose another or the
   * programme moved on, and only then is the right one asked after. On a slow connection this
   * takes the two API round trips off the critical path (bench:tab, issue 26).
   */
  prefetchQueue(eventId: string): void {
    const path = queuePath(eventId);
    const sessions = this.ahead(
      `${path}/sessions`,
      this.fetchJson<SessionsResponse>('GET', `${path}/sessions`),
    );
    const first = this.fetchJson<QueueResponse>('GET', path);
    first.catch(() => undefined);
    sessions.then(
      ({ open }) => {
        const key = `${path}${sessionQuery(open)}`;
        const again = () => this.fetchJson<QueueResponse>('GET', key);
        this.ahead(
          key,
          first.then((answer) => (answer.session.id === open ? answer : again()), again),
        );
      },
      () => undefined,
    );
  }

  /** Keeps `answer` for the first GET of `path`. */
  private ahead<R>(path: string, answer: Promise<R>): Promise<R> {
    // Handled here so an answer nobody takes is no unhandled rejection; takers still see it.
    answer.catch(() => undefined);
    this.early.set(path, answer);
    return answer;
  }

  me(): Promise<Me> {
    return this.json('GET', '/api/me');
  }

  async events(): Promise<EventSummary[]> {
    return (await this.json<{ events: EventSummary[] }>('GET', '/api/events')).events;
  }

  /** A session's list of speakers; without a session, the event's first. */
  queue(eventId: string, session?: string): Promise<QueueResponse> {
    return this.json('GET', `${queuePath(eventId)}${sessionQuery(session)}`);
  }

  command(eventId: string, command: QueueCommand, session?: string): Promise<QueueUpdate> {
    return this.json('POST', `${queuePath(eventId)}/commands${sessionQuery(session)}`, command);
  }

  /** The event's sessions with a list, the one to open now, and the chair's choice. */
  sessions(eventId: string): Promise<SessionsResponse> {
    return this.json('GET', `${queuePath(eventId)}/sessions`);
  }

  /** Puts a session's list on every screen of the event (the chair's team only). */
  chooseSession(eventId: string, sessionId: string): Promise<unknown> {
    return this.json('PUT', `${queuePath(eventId)}/sessions/chosen`, { sessionId });
  }

  /** Links the event to the Teams meeting the tab is added to (chair's team only). */
  linkMeeting(eventId: string, meetingId: string): Promise<unknown> {
    return this.json('POST', `/api/events/${encodeURIComponent(eventId)}/meeting`, { meetingId });
  }

  /** An event's registrations with their counts (the chair's team only). */
  registrations(eventId: string): Promise<RegistrationsResponse> {
    return this.json('GET', `${eventPath(eventId)}/registrations`);
  }

  /** Confirms, declines or waitlists the registrations named, or everyone pending. */
  decide(
    eventId: string,
    decision: 'confirm' | 'decline' | 'waitlist',
    registrationIds: string[] | 'allPending',
  ): Promise<DecisionResponse> {
    return this.json('POST', `${eventPath(eventId)}/registrations/decisions`, {
      decision,
      registrationIds,
    });
  }

  /** What a decision would do and how many messages it would send, before it is done. */
  previewDecision(
    eventId: string,
    decision: 'confirm' | 'decline' | 'waitlist',
    registrationIds: string[] | 'allPending',
  ): Promise<DecisionPreviewResponse> {
    return this.json('POST', `${eventPath(eventId)}/registrations/decisions/preview`, {
      decision,
      registrationIds,
    });
  }

  /** What a capacity would mean for those waiting (`set`: and sets it); null is no limit. */
  capacity(eventId: string, capacity: number | null, set: boolean): Promise<CapacityResponse> {
    const path = `${eventPath(eventId)}/capacity`;
    return set
      ? this.json('PUT', path, { capacity })
      : this.json('POST', `${path}/preview`, { capacity });
  }

  /** A session's provisional list of speakers and its pool (the chair's team only). */
  speakers(eventId: string, session?: string): Promise<SpeakersResponse> {
    return this.json('GET', `${eventPath(eventId)}/speakers${sessionQuery(session)}`);
  }

  /** Places registrations of the pool, in order, at `position` (the end by default). */
  placeSpeakers(
    eventId: string,
    session: string | undefined,
    body: { baseVersion: number; registrationIds: string[]; position?: number },
  ): Promise<SpeakersResponse> {
    return this.json('POST', `${eventPath(eventId)}/speakers/place${sessionQuery(session)}`, body);
  }

  /** Publishes the list: each registrant on it is told their place. */
  publishSpeakers(
    eventId: string,
    session: string | undefined,
    baseVersion: number,
  ): Promise<SpeakersResponse> {
    const path = `${eventPath(eventId)}/speakers/publish${sessionQuery(session)}`;
    return this.json('POST', path, { baseVersion });
  }

  /** One registration in full, with its decisions and messages (the chair's team only). */
  registration(eventId: string, registrationId: string): Promise<RegistrationDetailResponse> {
    const path = `${eventPath(eventId)}/registrations/${encodeURIComponent(registrationId)}`;
    return this.json('GET', path);
  }

  /** A single-use download link to the registrations as CSV or .xlsx. */
  exportRegistrations(eventId: string, format: 'csv' | 'xlsx'): Promise<{ url: string }> {
    return this.json('POST', `${eventPath(eventId)}/registrations/export`, { format });
  }

  /** Stops the messages still waiting to go out; answers how many were cancelled. */
  stopDelivery(eventId: string): Promise<StopSendingResponse> {
    return this.json('POST', `${eventPath(eventId)}/delivery/stop`, {});
  }

  /** How the messages to the event's registrants are getting on. */
  delivery(eventId: string): Promise<DeliveryResponse> {
    return this.json('GET', `${eventPath(eventId)}/delivery`);
  }

  /** Sends the failed messages again (those of `ids`, or all). */
  retryDelivery(eventId: string, ids?: string[]): Promise<DeliveryResponse> {
    return this.json('POST', `${eventPath(eventId)}/delivery/retry`, ids ? { ids } : {});
  }

  /** The event's written statements with their reviews (the chair's team only). */
  /** The chair's summary numbers of an event (attendance once read after the meeting). */
  summary(eventId: string): Promise<SummaryResponse> {
    return this.json('GET', `${eventPath(eventId)}/summary`);
  }

  /** Hides an intervention's transcript excerpt from the summary, or shows it again. */
  excerptHidden(
    eventId: string,
    turn: { sessionId: string; entryId: string },
    hidden: boolean,
  ): Promise<{ hidden: boolean }> {
    const path = `${eventPath(eventId)}/summary/excerpts/${encodeURIComponent(turn.sessionId)}/${encodeURIComponent(turn.entryId)}`;
    return this.json('PUT', path, { hidden });
  }

  /** A single-use link to the printable summary page. */
  summaryLink(eventId: string): Promise<SummaryLinkResponse> {
    return this.json('POST', `${eventPath(eventId)}/summary/link`);
  }

  inputs(eventId: string): Promise<InputsResponse> {
    return this.json('GET', `${eventPath(eventId)}/inputs`);
  }

  /** Publishes or withholds one statement; withholding needs a reason. */
  reviewInput(
    eventId: string,
    inputId: string,
    decision: 'publish' | 'withhold',
    reason: string,
  ): Promise<ReviewResponse> {
    const path = `${eventPath(eventId)}/inputs/${encodeURIComponent(inputId)}/review`;
    return this.json('POST', path, { decision, reason });
  }

  /** A statement's file, for the chair's team to read before deciding. */
  async inputFile(eventId: string, inputId: string): Promise<Blob> {
    const path = `${eventPath(eventId)}/inputs/${encodeURIComponent(inputId)}/file`;
    const response = await fetch(`${this.base}${path}`, { headers: await this.headers() });
    if (!response.ok) throw await errorOf(response);
    return response.blob();
  }

  /** The programme with times in the event's zone and `zone`. */
  programme(eventId: string, zone: string): Promise<ProgrammeResponse> {
    return this.json('GET', `${eventPath(eventId)}/programme?zone=${encodeURIComponent(zone)}`);
  }

  /** The caller's matchmaking meetings, open proposals and breakout group. */
  myRoundtable(eventId: string, zone: string): Promise<MyRoundtableResponse> {
    return this.json('GET', `${eventPath(eventId)}/my-roundtable?zone=${encodeURIComponent(zone)}`);
  }

  answerMatch(eventId: string, matchId: string, answer: 'accept' | 'decline'): Promise<unknown> {
    const path = `${eventPath(eventId)}/matches/${encodeURIComponent(matchId)}/answer`;
    return this.json('POST', path, { answer });
  }

  /** The chair's lists of the roundtable. */
  invitations(eventId: string): Promise<InvitationsResponse> {
    return this.json('GET', `${eventPath(eventId)}/invitations`);
  }

  breakouts(eventId: string): Promise<BreakoutsResponse> {
    return this.json('GET', `${eventPath(eventId)}/breakouts`);
  }

  /** A single-use download link for one of the chair's lists as CSV. */
  exportList(eventId: string, list: RoundtableList): Promise<{ url: string }> {
    return this.json('POST', `${eventPath(eventId)}/${list}/export`, {});
  }

  /** Opens the live stream; the caller reads and aborts it. */
  async openStream(
    eventId: string,
    lastEventId: number | null,
    signal: AbortSignal,
    session?: string,
  ) {
    const headers: Record<string, string> = {
      ...(await this.headers()),
      Accept: 'text/event-stream',
    };
    if (lastEventId !== null) headers['Last-Event-ID'] = String(lastEventId);
    const url = `${this.base}${queuePath(eventId)}/stream${sessionQuery(session)}`;
    const response = await fetch(url, { headers, signal });
    if (!response.ok || !response.body) throw await errorOf(response);
    return response.body;
  }

  private json<R>(method: string, path: string, body?: unknown): Promise<R> {
    const early = method === 'GET' ? this.early.get(path) : undefined;
    if (!early) return this.fetchJson(method, path, body);
    this.early.delete(path);
    return early as Promise<R>;
  }

  private async fetchJson<R>(method: string, path: string, body?: unknown): Promise<R> {
    const headers: Record<string, string> = {
      ...(await this.headers()),
      Accept: 'application/json',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    if (!response.ok) throw await errorOf(response);
    return (await response.json()) as R;
  }

  private async headers(): Promise<Record<string, string>> {
    return { ...(await this.host.authHeaders()), 'Accept-Language': this.language };
  }
}

function eventPath(eventId: string): string {
  return `/api/events/${encodeURIComponent(eventId)}`;
}

function queuePath(eventId: string): string {
  return `/api/events/${encodeURIComponent(eventId)}/queue`;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const { code, error } = (body ?? {}) as { code?: string; error?: string };
  return new ApiError(response.status, code, error ?? `HTTP ${response.status}`, body);
}

function sessionQuery(session: string | undefined): string {
  return session === undefined ? '' : `?session=${encodeURIComponent(session)}`;
}
