import type { Role } from '../../core/access/role';
import type { ChairTeam } from '../../core/access/chair-team';
import type { EventDefinition } from '../../core/event/event';
import type { MessageKey, MessageParams } from '../../core/i18n/catalog';
import { isActive } from '../../core/registration/registration';
import {
  applyCommand,
  emptyQueue,
  isQueueCommand,
  isSelfCommand,
  type Actor,
  type QueueCommand,
  type QueueEvent,
  type RefusalStatus,
  type SpeakingQueue,
} from '../../core/speaking-queue';
import type { Principal } from '../auth/principal';
import { roleOfPrincipal } from '../auth/principal-role';
import type { Clock } from './ports';
import type { Store } from '../store/store';

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
}

export type QueueOutcome =
  | { ok: true; queue: SpeakingQueue; events: QueueEvent[] }
  | {
      ok: false;
      status: RefusalStatus | 'unknownEvent';
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
 * The speaking queue of each event's meeting: loads the state, lets the pure rules decide,
 * and saves with the version it was based on, so two chairs acting at once never lose an
 * update. The meeting of an event is, for now, the event itself (meeting id = event id).
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

  async view(eventId: string, principal: Principal): Promise<QueueView | undefined> {
    const event = await this.store.events.get(eventId);
    if (!event) return undefined;
    const actor = await this.actorOf(event, principal);
    const queue = await this.load(event);
    return { event, queue, viewer: viewerOf(actor) };
  }

  /** Current state of a meeting's queue, or undefined for an unknown meeting. */
  async current(meetingId: string): Promise<SpeakingQueue | undefined> {
    const stored = await this.store.queues.get(meetingId);
    if (stored) return stored;
    const event = await this.store.events.get(meetingId);
    return event && emptyQueue(event.id, event);
  }

  async command(eventId: string, principal: Principal, body: unknown): Promise<QueueOutcome> {
    const event = await this.store.events.get(eventId);
    if (!event)
      return { ok: false, status: 'unknownEvent', error: { key: 'queue.error.unknownMeeting' } };
    if (!isQueueCommand(body) || typeof body.baseVersion !== 'number') {
      return { ok: false, status: 'invalid', error: { key: 'queue.error.unknownCommand' } };
    }
    const actor = await this.actorOf(event, principal);
    // A person asking for the floor or withdrawing acts on the list as it is now: their
    // request cannot conflict with a chair's reordering, so it is not refused as stale.
    const self = isSelfCommand(body.type);
    for (let attempt = 0; ; attempt++) {
      const state = await this.load(event);
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
          queue: await this.load(event),
        };
      }
    }
  }

  private async load(event: EventDefinition): Promise<SpeakingQueue> {
    return (await this.store.queues.get(event.id)) ?? emptyQueue(event.id, event);
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
        ? { registrationId: registered.id, organization: registered.organization }
        : {}),
    };
  }
}

function viewerOf(actor: Actor): QueueViewer {
  return {
    role: actor.role,
    name: actor.name,
    ...(actor.registrationId ? { registrationId: actor.registrationId } : {}),
  };
}
