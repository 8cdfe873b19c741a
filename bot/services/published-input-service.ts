import type { EventDefinition } from '../../core/event/event';
import {
  publishedInputs,
  type PublishedFilter,
  type PublishedInput,
} from '../../core/registration/published-inputs';
import type { Store } from '../store/store';

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

  async of(
    eventId: string,
    filter: PublishedFilter = {},
  ): Promise<{ event: EventDefinition; inputs: PublishedInput[] } | undefined> {
    const event = await this.store.events.get(eventId);
    if (!event) return undefined;
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
