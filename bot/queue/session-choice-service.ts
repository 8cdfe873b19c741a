import type { ChairTeam } from '../../core/access/chair-team';
import type { MessageKey } from '../../core/i18n/catalog';
import { queueSessions, sessionToOpen, type QueueSession } from '../../core/speaking-queue';
import type { Principal } from '../platform/auth/principal';
import { roleOfPrincipal } from '../platform/auth/principal-role';
import type { SessionChoice } from './queue-store';
import type { Store } from '../stores';
import type { Clock } from '../platform/ports';
import type { QueueService, UnknownTarget } from './queue-service';

/** The sessions of an event with a list, the one a screen opens on now, and the chair's choice. */
export interface EventSessions {
  ok: true;
  sessions: QueueSession[];
  open: QueueSession;
  chosen?: SessionChoice;
}

export type ChooseOutcome =
  | { ok: true; choice: SessionChoice }
  | UnknownTarget
  | { ok: false; status: 'forbidden' | 'invalid'; error: { key: MessageKey } };

/**
 * Which session's list the screens show: the programme decides by the time in the event's
 * zone, until the chair's team chooses another; stages follow that choice live.
 */
export class SessionChoiceService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly chairTeam: ChairTeam,
    private readonly queues: Pick<QueueService, 'target'>,
    /** Told of each choice this instance saves, to push it to open streams; must not throw. */
    private readonly onChosen: (choice: SessionChoice) => void = () => undefined,
  ) {}

  async sessions(eventId: string): Promise<EventSessions | UnknownTarget> {
    const target = await this.queues.target(eventId, undefined);
    if ('ok' in target) return target;
    const sessions = queueSessions(target.event);
    const chosen = await this.store.queues.chosen(eventId);
    const open = sessionToOpen(target.event, sessions, this.clock.now(), chosen);
    return { ok: true, sessions, open, ...(chosen ? { chosen } : {}) };
  }

  /** Puts a session's list on the event's screens; the chair's team only. */
  async choose(eventId: string, principal: Principal, body: unknown): Promise<ChooseOutcome> {
    const sessionId = isRecord(body) ? body.sessionId : undefined;
    if (typeof sessionId !== 'string')
      return { ok: false, status: 'invalid', error: { key: 'queue.error.sessionMissing' } };
    // Permission first: a caller who may not switch learns nothing about the event's sessions.
    if (roleOfPrincipal(this.chairTeam, principal) !== 'chair')
      return { ok: false, status: 'forbidden', error: { key: 'queue.error.chairOnly' } };
    const target = await this.queues.target(eventId, sessionId);
    if ('ok' in target) return target;
    const choice = { eventId, sessionId, chosenBy: principal.oid, at: this.clock.now() };
    await this.store.queues.choose(choice);
    this.onChosen(choice);
    return { ok: true, choice };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
