import type { EventDefinition } from '../../core/event/event';
import { eventIn } from '../../core/event/event-language';
import type { Translate } from '../../core/i18n/catalog';
import {
  publishedInputs,
  type PublishedFilter,
  type PublishedInput,
} from '../../core/registration/published-inputs';
import type { Store } from '../stores';

/** A published statement's file, ready to send as an attachment. */
export interface PublishedFile {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

/**
 * What anyone may read without signing in: an event's published statements and their files.
 * Reads only what the store marks published, and core drops anything else a second time.
 */
export class PublishedInputService {
  constructor(private readonly store: Pick<Store, 'events' | 'registrations' | 'writtenInputs'>) {}

  /** The published statements, with the event's texts as a reader of `t` sees them. */
  async of(
    eventId: string,
    filter: PublishedFilter,
    t: Translate,
  ): Promise<{ event: EventDefinition; inputs: PublishedInput[] } | undefined> {
    const stored = await this.store.events.get(eventId);
    if (!stored) return undefined;
    const event = eventIn(stored, t);
    const [inputs, registrations] = await Promise.all([
      this.store.writtenInputs.listPublished(eventId),
      this.store.registrations.listForEvent(eventId),
    ]);
    const byId = new Map(registrations.map((r) => [r.id, r]));
    return { event, inputs: publishedInputs(event, inputs, byId, filter) };
  }

  async file(eventId: string, inputId: string): Promise<PublishedFile | undefined> {
    const found = await this.store.writtenInputs.publishedFile(eventId, inputId);
    if (!found?.input.fileName || !found.input.contentType) return undefined;
    return {
      fileName: found.input.fileName,
      contentType: found.input.contentType,
      content: found.content,
    };
  }
}
