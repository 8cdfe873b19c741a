import type { EventDefinition } from '../../core/event/event';
import { translatorFor } from '../../core/i18n/catalog';
import { dedupeKeys, type OutboxMessage } from '../../core/outbox/outbox-message';
import type { Registration } from '../../core/registration/registration';
import type { WrittenInput } from '../../core/registration/written-input';
import {
  decideReview,
  matchInputId,
  parseReviewRequest,
  type ReviewRefusal,
} from '../../core/registration/written-input-review';
import type { Store } from '../stores';
import type { Clock, Person } from '../platform/ports';

/** A statement with the registration of its author, for the chair's team. */
export interface ReviewItem {
  input: WrittenInput;
  registration: Registration;
}

/** Where to find a statement: in one event (the tab), or by a typed id in any event (chat). */
export type InputTarget = { eventId: string; inputId: string } | { typedId: string };

/** What a review did, or why it did nothing (then nothing was changed). */
export type ReviewOutcome =
  | { kind: 'reviewed'; item: ReviewItem; event: EventDefinition; notified: boolean }
  | { kind: 'unchanged'; item: ReviewItem; event: EventDefinition }
  | { kind: 'refused'; key: ReviewRefusal }
  | { kind: 'unknownInput' }
  | { kind: 'ambiguous' }
  | { kind: 'stale' };

/**
 * The chair's team's review of written input: the statements of an event with their authors,
 * and publish / withhold, saved with the author's notice in one transaction. Callers check
 * that the person is on the chair's team first.
 */
export class InputReviewService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly publicUrl: string,
    private readonly wake: () => void,
  ) {}

  /** The event's statements, newest first, with their authors; undefined for no such event. */
  async items(
    eventId: string,
  ): Promise<{ event: EventDefinition; items: ReviewItem[] } | undefined> {
    const event = await this.store.events.get(eventId);
    if (!event) return undefined;
    const [inputs, registrations] = await Promise.all([
      this.store.writtenInputs.listForEvent(eventId),
      this.registrationsOf(eventId),
    ]);
    const items = inputs.flatMap((input) => {
      const registration = registrations.get(input.registrationId);
      return registration ? [{ input, registration }] : [];
    });
    return { event, items };
  }

  /** The public page of an event's published statements. */
  pageUrl(eventId: string): string {
    return `${this.publicUrl}/events/${encodeURIComponent(eventId)}/inputs`;
  }

  async review(
    target: InputTarget,
    decision: unknown,
    reason: unknown,
    reviewer: Person,
  ): Promise<ReviewOutcome> {
    const request = parseReviewRequest(decision, reason);
    if ('refusal' in request) return { kind: 'refused', key: request.refusal };
    const found = await this.find(target);
    if (found === 'ambiguous' || found === undefined) {
      return { kind: found === 'ambiguous' ? 'ambiguous' : 'unknownInput' };
    }
    const { event, item } = found;
    const now = this.clock.now();
    const result = decideReview(item.input, request, reviewer.aadObjectId, now);
    if (result.kind === 'refused') return { kind: 'refused', key: result.key };
    if (result.kind === 'unchanged') return { kind: 'unchanged', item, event };
    const messages = result.firstPublication ? [await this.notice(event, item, now)] : [];
    const saved = await this.store.writtenInputs.review(
      item.input.id,
      item.input.review,
      result.next,
      messages,
      now,
    );
    if (saved === 'stale') return { kind: 'stale' };
    if (messages.length > 0) this.wake();
    const reviewed = { ...item, input: { ...item.input, review: result.next } };
    return { kind: 'reviewed', item: reviewed, event, notified: messages.length > 0 };
  }

  private async find(
    target: InputTarget,
  ): Promise<{ event: EventDefinition; item: ReviewItem } | 'ambiguous' | undefined> {
    if ('eventId' in target) {
      const listed = await this.items(target.eventId);
      const item = listed?.items.find((i) => i.input.id === target.inputId.toLowerCase());
      return listed && item ? { event: listed.event, item } : undefined;
    }
    const everywhere: Array<{ event: EventDefinition; item: ReviewItem; id: string }> = [];
    for (const event of await this.store.events.list()) {
      const listed = await this.items(event.id);
      for (const item of listed?.items ?? []) everywhere.push({ event, item, id: item.input.id });
    }
    return matchInputId(everywhere, target.typedId);
  }

  /** The author's notice, in the language of their chat. */
  private async notice(
    event: EventDefinition,
    item: ReviewItem,
    now: Date,
  ): Promise<OutboxMessage> {
    const { registration: r } = item;
    const conversation = await this.store.conversations.get(r.tenantId, r.aadObjectId);
    const locale = (conversation?.reference as { locale?: string } | undefined)?.locale;
    const text = translatorFor(locale)('inputs.notice.published', {
      title: event.title,
      url: this.pageUrl(event.id),
    });
    return {
      kind: 'inputPublished',
      dedupeKey: dedupeKeys.inputPublished(item.input.id),
      eventId: event.id,
      registrationId: r.id,
      recipient: { tenantId: r.tenantId, aadObjectId: r.aadObjectId },
      notBefore: now,
      payload: { type: 'message', text },
    };
  }

  private async registrationsOf(eventId: string): Promise<Map<string, Registration>> {
    const all = await this.store.registrations.listForEvent(eventId);
    return new Map(all.map((r) => [r.id, r]));
  }
}
