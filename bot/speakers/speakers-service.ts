import type { EventDefinition } from '../../core/event/event';
import { eventIn } from '../../core/event/event-language';
import { translatorFor } from '../../core/i18n/catalog';
import type { MessageKey, MessageParams } from '../../core/i18n/catalog';
import { dedupeKeys, type OutboxMessage } from '../../core/outbox/outbox-message';
import type { Registration } from '../../core/registration/registration';
import {
  findQueueSession,
  placeCandidates,
  queueSessions,
  speakerPool,
  speakingTimesOf,
  waitingEntries,
  type PlaceCandidate,
  type QueueSession,
  type SpeakingQueue,
  type SpeakingTimes,
} from '../../core/speaking-queue';
import type { Principal } from '../platform/auth/principal';
import type { Clock } from '../platform/ports';
import { conversationLocale } from '../platform/teams/turn-view';
import type { QueueOutcome, QueueService, UnknownTarget } from '../queue';
import type { Store } from '../stores';

/** The chair's view of a session's provisional list: the list, the pool and the defaults. */
export interface SpeakersView {
  event: EventDefinition;
  session: QueueSession;
  sessions: QueueSession[];
  queue: SpeakingQueue;
  pool: PlaceCandidate[];
  times: SpeakingTimes;
}

/** A refusal with the list as it is now, so the chair's screen can show it at once. */
export type SpeakersOutcome =
  | { ok: true; view: SpeakersView; notified?: number }
  | UnknownTarget
  | {
      ok: false;
      status: Exclude<QueueOutcome, { ok: true } | UnknownTarget>['status'];
      error: { key: MessageKey; params?: MessageParams };
      view?: SpeakersView;
    };

/** What the chair asks to place: registrations (a coalition's lead or member) and where. */
export interface PlaceRequest {
  baseVersion: number;
  registrationIds: string[];
  position?: number;
}

type Target = { event: EventDefinition; session: QueueSession };

/**
 * The provisional list of speakers (decision 029): the session's queue built from the
 * registrations before it runs. Placing reads the registrations from the store (a screen
 * names them only by id); publishing tells each registrant on the list their place through
 * the outbox, in the language of their chat.
 */
export class SpeakersService {
  constructor(
    private readonly store: Store,
    private readonly queues: QueueService,
    private readonly clock: Clock,
    /** Wakes the delivery worker once messages are enqueued. */
    private readonly wake: () => void = () => undefined,
  ) {}

  async view(eventId: string, sessionId?: string): Promise<SpeakersView | UnknownTarget> {
    const target = await this.queues.target(eventId, sessionId);
    if ('ok' in target) return target;
    return this.viewOf(target, await this.queues.stateOf(target));
  }

  async place(
    eventId: string,
    principal: Principal,
    request: PlaceRequest,
    sessionId?: string,
  ): Promise<SpeakersOutcome> {
    const target = await this.queues.target(eventId, sessionId);
    if ('ok' in target) return target;
    const queue = await this.queues.stateOf(target);
    const all = await this.candidates(target, queue);
    const byId = new Map<string, PlaceCandidate>();
    for (const c of all)
      for (const id of [c.registrationId, ...c.memberRegistrationIds]) byId.set(id, c);
    const chosen: PlaceCandidate[] = [];
    for (const id of request.registrationIds) {
      const candidate = byId.get(id);
      if (!candidate) {
        const params = { registrationId: id.slice(0, 100) };
        return this.refused(target, 'notFound', 'speakers.error.unknownRegistration', params);
      }
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }
    const command = {
      type: 'place' as const,
      baseVersion: request.baseVersion,
      candidates: chosen,
      ...(request.position !== undefined ? { position: request.position } : {}),
    };
    return this.outcome(target, await this.queues.apply(target, principal, command));
  }

  async publish(
    eventId: string,
    principal: Principal,
    baseVersion: number,
    sessionId?: string,
  ): Promise<SpeakersOutcome> {
    const target = await this.queues.target(eventId, sessionId);
    if ('ok' in target) return target;
    const outcome = await this.queues.apply(target, principal, { type: 'publish', baseVersion });
    if (!outcome.ok) return this.outcome(target, outcome);
    const notified = await this.notify(target, outcome.queue);
    return { ok: true, view: await this.viewOf(target, outcome.queue), notified };
  }

  /** Enqueues each placed registrant's place; returns how many messages were new. */
  private async notify(target: Target, queue: SpeakingQueue): Promise<number> {
    const now = this.clock.now();
    const waiting = waitingEntries(queue);
    const registrations = new Map(
      (await this.store.registrations.listForEvent(target.event.id)).map((r) => [r.id, r]),
    );
    const messages: OutboxMessage[] = [];
    for (const [index, entry] of waiting.entries()) {
      const r = entry.speaker.registrationId && registrations.get(entry.speaker.registrationId);
      if (!r || r.status !== 'confirmed') continue;
      messages.push(
        await this.placeNotice(
          target,
          queue,
          r,
          { position: index + 1, count: waiting.length, entry },
          now,
        ),
      );
    }
    const added = await this.store.outbox.enqueue(messages, now);
    if (added > 0) this.wake();
    return added;
  }

  private async placeNotice(
    target: Target,
    queue: SpeakingQueue,
    r: Registration,
    place: { position: number; count: number; entry: SpeakingQueue['entries'][number] },
    now: Date,
  ): Promise<OutboxMessage> {
    const conversation = await this.store.conversations.get(r.tenantId, r.aadObjectId);
    const t = translatorFor(conversationLocale(conversation));
    const event = eventIn(target.event, t);
    const { entry } = place;
    const params = {
      title: event.title,
      session: findQueueSession(event, target.session.id)?.title ?? target.session.title,
      position: place.position,
      count: place.count,
      minutes: Math.round((entry.allottedSeconds / 60) * 10) / 10,
    };
    const text =
      entry.onBehalfOf.kind === 'group'
        ? t('speakers.notice.placeCoalition', { ...params, group: entry.onBehalfOf.name })
        : t('speakers.notice.place', params);
    const version = queue.published?.version ?? queue.version;
    return {
      kind: 'speakingPlace',
      dedupeKey: dedupeKeys.speakingPlace(event.id, queue.sessionId, r.id, version),
      eventId: event.id,
      registrationId: r.id,
      recipient: { tenantId: r.tenantId, aadObjectId: r.aadObjectId },
      notBefore: now,
      payload: { type: 'message', text },
    };
  }

  private async outcome(target: Target, outcome: QueueOutcome): Promise<SpeakersOutcome> {
    if (outcome.ok) return { ok: true, view: await this.viewOf(target, outcome.queue) };
    if (outcome.status === 'unknownEvent' || outcome.status === 'unknownSession')
      return outcome as UnknownTarget;
    const queue =
      'queue' in outcome && outcome.queue ? outcome.queue : await this.queues.stateOf(target);
    return {
      ok: false,
      status: outcome.status,
      error: outcome.error,
      view: await this.viewOf(target, queue),
    };
  }

  private async refused(
    target: Target,
    status: 'notFound' | 'invalid',
    key: MessageKey,
    params: MessageParams,
  ): Promise<SpeakersOutcome> {
    const view = await this.viewOf(target, await this.queues.stateOf(target));
    return { ok: false, status, error: { key, params }, view };
  }

  private async viewOf(target: Target, queue: SpeakingQueue): Promise<SpeakersView> {
    const candidates = await this.candidates(target, queue);
    return {
      ...target,
      sessions: queueSessions(target.event),
      queue,
      pool: speakerPool(candidates, queue),
      times: this.times(target, queue),
    };
  }

  private async candidates(target: Target, queue: SpeakingQueue): Promise<PlaceCandidate[]> {
    const registrations = await this.store.registrations.listForEvent(target.event.id);
    return placeCandidates(registrations, this.times(target, queue));
  }

  private times(target: Target, queue: SpeakingQueue): SpeakingTimes {
    return speakingTimesOf(queue, target.event.defaultCoalitionSpeakingTimeSeconds);
  }
}
