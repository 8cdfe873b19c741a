import type { Role } from '../../core/access/role';
import type { ChairTeam } from '../../core/access/chair-team';
import type { EventDefinition } from '../../core/event/event';
import type { MessageKey, MessageParams } from '../../core/i18n/catalog';
import { isActive, type Registration } from '../../core/registration/registration';
import { unRegionalGroup } from '../../core/registration/un-regional-groups';
import {
  applyCommand,
  emptyQueue,
  findQueueSession,
  isQueueCommand,
  queueSessions,
  type QueueSession,
  isSelfCommand,
  type Actor,
  type EntryProfile,
  type EntryVia,
  type QueueCommand,
  type TurnRequest,
  type QueueEvent,
  type RefusalStatus,
  type SpeakingQueue,
} from '../../core/speaking-queue';
import type { Principal } from '../platform/auth/principal';
import { roleOfPrincipal } from '../platform/auth/principal-role';
import type { Clock } from '../platform/ports';
import type { Store } from '../stores';

/** Who is looking at a meeting's queue, as the tab needs to know it. */
export interface QueueViewer {
  role: Role;
  name: string;
  registrationId?: string;
}

export interface QueueView {
  event: EventDefinition;
  queue: SpeakingQueue;
  viewer: QueueViewer;
  /** The session of this list and every session of the event that keeps one. */
  session: QueueSession;
  sessions: QueueSession[];
}

/** A request that names an event or a session the app does not have. */
export type UnknownTarget = {
  ok: false;
  status: 'unknownEvent' | 'unknownSession';
  error: { key: MessageKey; params?: MessageParams };
};

export type QueueOutcome =
  | { ok: true; queue: SpeakingQueue; events: QueueEvent[] }
  | UnknownTarget
  | {
      ok: false;
      status: RefusalStatus;
      error: { key: MessageKey; params?: MessageParams };
      /** The current state, so a refused client can resync without another request. */
      queue?: SpeakingQueue;
    };

/** What a saved command means beyond the new state: its event and who to tell what. */
export interface SavedCommand {
  eventId: string;
  events: QueueEvent[];
}

/** A save can lose a race to another instance; self-service commands retry this often. */
const SELF_RETRIES = 3;

/**
 * The speakers' list of each programme session of an event: loads the state, lets the pure
 * rules decide, and saves with the version it was based on, so two chairs acting at once
 * never lose an update. The meeting of an event is the event itself (meeting id = event id);
 * a request without a session means the event's first session (as before sessions existed).
 */
export class QueueService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly chairTeam: ChairTeam,
    /**
     * Told of each state this instance saves, e.g. to push it to open streams at once, with
     * what the command means for people (to notify them); it must not throw.
     */
    private readonly onSaved: (queue: SpeakingQueue, saved: SavedCommand) => void = () => undefined,
  ) {}

  async view(
    eventId: string,
    principal: Principal,
    sessionId?: string,
  ): Promise<QueueView | UnknownTarget> {
    const target = await this.target(eventId, sessionId);
    if ('ok' in target) return target;
    const { event, session } = target;
    const actor = await this.actorOf(event, principal);
    const queue = await this.load(event, session);
    return { event, queue, viewer: viewerOf(actor), session, sessions: queueSessions(event) };
  }

  /** Current state of a session's list, or undefined for an unknown meeting or session. */
  async current(meetingId: string, sessionId?: string): Promise<SpeakingQueue | undefined> {
    const target = await this.target(meetingId, sessionId);
    return 'ok' in target ? undefined : this.load(target.event, target.session);
  }

  /** The event and the session a request names, or why there is none. */
  async target(
    eventId: string,
    sessionId: string | undefined,
  ): Promise<{ event: EventDefinition; session: QueueSession } | UnknownTarget> {
    const event = await this.store.events.get(eventId);
    if (!event)
      return { ok: false, status: 'unknownEvent', error: { key: 'queue.error.unknownMeeting' } };
    const session = findQueueSession(event, sessionId);
    if (!session) {
      const params = { session: String(sessionId), sessions: sessionList(event) };
      return {
        ok: false,
        status: 'unknownSession',
        error: { key: 'queue.error.unknownSession', params },
      };
    }
    return { event, session };
  }

  async command(
    eventId: string,
    principal: Principal,
    body: unknown,
    sessionId?: string,
  ): Promise<QueueOutcome> {
    const target = await this.target(eventId, sessionId);
    if ('ok' in target) return target;
    if (!isQueueCommand(body) || typeof body.baseVersion !== 'number') {
      return { ok: false, status: 'invalid', error: { key: 'queue.error.unknownCommand' } };
    }
    // Placing reads the registrations and publishing sends messages: the speakers' list
    // routes build those commands from the store, never from what a screen sends.
    if (body.type === 'place' || body.type === 'publish') {
      return { ok: false, status: 'invalid', error: { key: 'speakers.error.useSpeakersList' } };
    }
    return this.apply(target, principal, body);
  }

  /**
   * Applies a command the service built itself (e.g. placing registrants read from the
   * store) to a session's list, with the same version check and saving as `command`.
   */
  async apply(
    target: { event: EventDefinition; session: QueueSession },
    principal: Principal,
    body: QueueCommand,
  ): Promise<QueueOutcome> {
    const { event, session } = target;
    const actor = await this.actorOf(event, principal);
    return this.run(event, session, actor, body);
  }

  /**
   * A registrant asks for the floor from outside the tab (the card in the meeting chat, for
   * people Teams shows no side panel), identified by their registration rather than a token.
   */
  async requestFloorAs(
    eventId: string,
    registration: Registration,
    request: TurnRequest,
    via: Exclude<EntryVia, 'chair'>,
  ): Promise<QueueOutcome> {
    const target = await this.target(eventId, undefined);
    if ('ok' in target) return target;
    if (!isActive(registration.status) || registration.eventId !== eventId) {
      return { ok: false, status: 'forbidden', error: { key: 'queue.error.notRegistered' } };
    }
    const actor: Actor = {
      role: 'attendee',
      userId: registration.aadObjectId,
      name: `${registration.givenName} ${registration.familyName}`,
      registrationId: registration.id,
      organization: registration.organization,
      ...(registration.group ? { group: registration.group } : {}),
      profile: profileOf(registration),
      via,
    };
    return this.run(target.event, target.session, actor, {
      type: 'requestFloor',
      baseVersion: 0,
      ...request,
    });
  }

  private async run(
    event: EventDefinition,
    session: QueueSession,
    actor: Actor,
    body: QueueCommand,
  ): Promise<QueueOutcome> {
    // A person asking for the floor or withdrawing acts on the list as it is now: their
    // request cannot conflict with a chair's reordering, so it is not refused as stale.
    const self = isSelfCommand(body.type);
    for (let attempt = 0; ; attempt++) {
      const state = await this.load(event, session);
      const command: QueueCommand = self ? { ...body, baseVersion: state.version } : body;
      const result = applyCommand(state, command, actor, this.clock.now());
      if (!result.ok)
        return { ok: false, status: result.status, error: result.error, queue: state };
      const saved = await this.store.queues.save(
        event.id,
        result.state,
        result.audit,
        state.version,
      );
      if (saved === 'saved') {
        this.onSaved(result.state, { eventId: event.id, events: result.events });
        return { ok: true, queue: result.state, events: result.events };
      }
      if (!self || attempt >= SELF_RETRIES) {
        return {
          ok: false,
          status: 'stale',
          error: { key: 'queue.error.staleVersion' },
          queue: await this.load(event, session),
        };
      }
    }
  }

  /** The current state of a session's list, stored or new. */
  async stateOf(target: { event: EventDefinition; session: QueueSession }): Promise<SpeakingQueue> {
    return this.load(target.event, target.session);
  }

  private async load(event: EventDefinition, session: QueueSession): Promise<SpeakingQueue> {
    return (
      (await this.store.queues.get(event.id, session.id)) ??
      emptyQueue(event.id, event, { id: session.id, speakingSeconds: session.speakingSeconds })
    );
  }

  private async actorOf(event: EventDefinition, principal: Principal): Promise<Actor> {
    const role = roleOfPrincipal(this.chairTeam, principal);
    const registration = await this.store.registrations.findByUser(
      event.id,
      principal.tid,
      principal.oid,
    );
    const registered = registration && isActive(registration.status) ? registration : undefined;
    return {
      role,
      userId: principal.oid,
      name: registered ? `${registered.givenName} ${registered.familyName}` : principal.name,
      ...(registered
        ? {
            registrationId: registered.id,
            organization: registered.organization,
            profile: profileOf(registered),
          }
        : {}),
      ...(registered?.group ? { group: registered.group } : {}),
    };
  }
}

/** What the chair's balance reads of a registrant asking for the floor themselves. */
function profileOf(registration: Registration): EntryProfile {
  const { category, country } = registration;
  return { category, country, region: unRegionalGroup(country) };
}

function viewerOf(actor: Actor): QueueViewer {
  return {
    role: actor.role,
    name: actor.name,
    ...(actor.registrationId ? { registrationId: actor.registrationId } : {}),
  };
}

/** The ids a refusal names, so whoever typed a wrong one sees the right ones. */
function sessionList(event: EventDefinition): string {
  return queueSessions(event)
    .map((s) => s.id)
    .join(', ');
}
