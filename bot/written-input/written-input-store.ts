import type { InputReview, WrittenInput } from '../../core/registration/written-input';
import type { OutboxMessage } from '../../core/outbox/outbox-message';
import type { PublishedView } from './published-view-sql';

export interface WrittenInputStore {
  add(input: WrittenInput): Promise<void>;
  /** Newest first, without file bytes. */
  listForEvent(eventId: string): Promise<WrittenInput[]>;
  /** The stored file bytes of one input, for the chair's team to download. */
  content(id: string): Promise<Uint8Array | undefined>;
  /** One input without its bytes; undefined for an unknown id or one that is not a uuid. */
  get(id: string): Promise<WrittenInput | undefined>;
  /** The event's published inputs only, without bytes: what the public may see. */
  listPublished(eventId: string): Promise<WrittenInput[]>;
  /**
   * The published inputs with their authors' registrations, kept per instance until any
   * instance reviews one of the event's inputs or edits one of their authors.
   */
  publishedView(eventId: string): Promise<PublishedView>;
  /** Forgets the kept view after a change this instance made outside this store. */
  publishedChanged(eventId: string): void;
  /** A published file of the event with its bytes; undefined when unknown, unpublished or text. */
  publishedFile(
    eventId: string,
    id: string,
  ): Promise<{ input: WrittenInput; content: Uint8Array } | undefined>;
  /**
   * Saves a review if the stored one is still `basedOn` (status and time), and enqueues
   * `messages` in the same transaction: both happen or neither. 'stale' writes nothing.
   */
  review(
    id: string,
    basedOn: InputReview,
    next: InputReview,
    messages: readonly OutboxMessage[],
    now: Date,
  ): Promise<'saved' | 'stale'>;
}
