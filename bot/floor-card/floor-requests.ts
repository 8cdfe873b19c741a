import { createHash, timingSafeEqual } from 'node:crypto';
import { MissLimiter, type MissLimits } from '../../core/access/miss-limiter';
import type { MessageKey, MessageParams } from '../../core/i18n/catalog';
import { normalizeReferenceCode } from '../../core/registration/reference-code';
import type { Registration } from '../../core/registration/registration';
import type { OnBehalfOf } from '../../core/speaking-queue';
import { personKey, positionOf } from '../../core/speaking-queue';
import type { Clock } from '../platform/ports';
import type { QueueService } from '../queue';
import type { Store } from '../stores';

/** Wrong reference codes one meeting chat may send before it must wait. */
export const WRONG_CODE_LIMITS: MissLimits = {
  maxMisses: 5,
  windowMs: 10 * 60_000,
  maxKeys: 10_000,
};

/** Requests of any kind from one meeting chat in a minute (a flood of clicks or a script). */
export const CHAT_REQUEST_LIMITS: MissLimits = { maxMisses: 60, windowMs: 60_000, maxKeys: 10_000 };

/** What a person sends from the card. */
export interface FloorCardRequest {
  eventId: string;
  referenceCode: string;
  questionId: string | null;
  onBehalfOf: 'ownOrganization' | 'group';
}

/** What they are told, to them alone: a catalog message. */
export interface FloorCardAnswer {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * Asks for the floor on a registration proven by its reference code: the code is compared by
 * its hash in constant time against every active registration of the event, wrong codes are
 * counted per meeting chat (five, then a wait), and the request then joins the list as the
 * side panel's would, marked as made from the chat card.
 */
export class FloorRequests {
  private readonly wrongCodes = new MissLimiter(WRONG_CODE_LIMITS);
  private readonly requests = new MissLimiter(CHAT_REQUEST_LIMITS);

  constructor(
    private readonly store: Pick<Store, 'events' | 'registrations'>,
    private readonly queue: Pick<QueueService, 'requestFloorAs'>,
    private readonly clock: Clock,
  ) {}

  async request(chatId: string, asked: FloorCardRequest): Promise<FloorCardAnswer> {
    const now = this.clock.now().getTime();
    const wait = Math.max(
      this.wrongCodes.retryAfterMs(chatId, now),
      this.requests.retryAfterMs(chatId, now),
    );
    if (wait > 0) return { key: 'floorCard.wait', params: { minutes: Math.ceil(wait / 60_000) } };
    this.requests.miss(chatId, now);
    const event = await this.store.events.get(asked.eventId);
    if (!event) return { key: 'floorCard.noEvent' };
    const registration = await this.byCode(asked.eventId, asked.referenceCode);
    if (!registration) {
      const after = this.wrongCodes.miss(chatId, now);
      return after > 0
        ? { key: 'floorCard.wait', params: { minutes: Math.ceil(after / 60_000) } }
        : { key: 'floorCard.wrongCode' };
    }
    const onBehalfOf: OnBehalfOf =
      asked.onBehalfOf === 'group' && registration.group
        ? { kind: 'group', ...registration.group }
        : asked.onBehalfOf === 'group'
          ? { kind: 'group', name: '', members: [] }
          : { kind: 'ownOrganization' };
    const outcome = await this.queue.requestFloorAs(
      event.id,
      registration,
      { onBehalfOf, questionId: asked.questionId },
      'chatCard',
    );
    if (!outcome.ok) return { key: outcome.error.key, ...paramsOf(outcome.error.params) };
    const entry = outcome.queue.entries.find(
      (e) => e.speaker.registrationId === registration.id && e.status === 'waiting',
    );
    const position = entry ? positionOf(outcome.queue, personKey(entry.speaker)) : null;
    return {
      key: 'floorCard.added',
      params: { name: registration.givenName, position: position ?? 0 },
    };
  }

  /** The event's active registration with this code, compared by hash in constant time. */
  private async byCode(eventId: string, typed: string): Promise<Registration | undefined> {
    const code = normalizeReferenceCode(typed);
    const wanted = digest(code ?? typed);
    let found: Registration | undefined;
    for (const registration of await this.store.registrations.listForEvent(eventId)) {
      // Every registration is compared (no early exit), so the time says nothing of the match.
      const same = timingSafeEqual(digest(registration.referenceCode), wanted);
      if (same && code !== undefined && !found) found = registration;
    }
    // Declined or withdrawn registrations are refused by the queue, in its own words.
    return found;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function paramsOf(params: MessageParams | undefined): { params?: MessageParams } {
  return params ? { params } : {};
}
