import { createHash } from 'node:crypto';
import type { EventDefinition } from '../../core/event/event';
import { eventIn, untranslatedTexts } from '../../core/event/event-language';
import { translatorFor, type Language } from '../../core/i18n/catalog';
import { publishedInputs, type PublishedFilter } from '../../core/registration/published-inputs';
import type { Clock } from '../platform/ports';
import type { Store } from '../stores';
import type { PublishedView } from './published-view-sql';
import { renderPublished, type Representation } from './published-representations';

/** A published statement's file, ready to send as an attachment. */
export interface PublishedFile {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

/** One representation as sent, with its validators; shared by every reader who asks for it. */
export interface Rendered {
  contentType: string;
  body: string;
  /** Strong: a hash of the body, the same on every instance. */
  etag: string;
  /** When this instance first rendered it from the current data, to the second. */
  lastModified: Date;
}

/**
 * What anyone may read without signing in: an event's published statements and their files.
 * The store keeps each event's published view until any instance changes it; renderings are
 * kept beside the view and the event definition they were made from (both kept objects), so
 * a change to either, on any instance, drops them with it and nothing here has to follow it.
 */
export class PublishedInputService {
  private readonly renderings = new WeakMap<
    PublishedView,
    WeakMap<EventDefinition, Map<string, Rendered>>
  >();

  constructor(
    private readonly store: Pick<Store, 'events' | 'writtenInputs'>,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  /** The page or a feed of an event's published statements; undefined for no such event. */
  async rendered(
    eventId: string,
    kind: Representation,
    filter: PublishedFilter,
    language: Language,
  ): Promise<Rendered | undefined> {
    const stored = await this.store.events.get(eventId);
    if (!stored) return undefined;
    const view = await this.store.writtenInputs.publishedView(eventId);
    const byEvent = this.renderings.get(view) ?? new WeakMap();
    this.renderings.set(view, byEvent);
    const kept = byEvent.get(stored) ?? new Map<string, Rendered>();
    byEvent.set(stored, kept);
    const key = JSON.stringify([kind, language, filter.category ?? '', filter.question ?? '']);
    const found = kept.get(key);
    if (found) return found;
    const made = this.render(stored, view, kind, filter, language);
    // Filters naming nothing in the event are rendered each time, not kept: random query
    // strings must not fill memory.
    if (knownFilter(stored, filter)) kept.set(key, made);
    return made;
  }

  /** The strong validator of a published file, from the kept view: no read for a miss. */
  async fileTag(eventId: string, inputId: string): Promise<string | undefined> {
    const view = await this.store.writtenInputs.publishedView(eventId);
    const input = view.inputs.find((i) => i.id === inputId.toLowerCase() && i.kind === 'file');
    // A statement's bytes never change once received.
    return input ? `"file-${input.id}"` : undefined;
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

  private render(
    stored: EventDefinition,
    view: PublishedView,
    kind: Representation,
    filter: PublishedFilter,
    language: Language,
  ): Rendered {
    const t = translatorFor(language);
    const event = eventIn(stored, t);
    const byId = new Map(view.authors.map((r) => [r.id, r]));
    const inputs = publishedInputs(event, view.inputs, byId, filter);
    const now = this.clock.now();
    const pageUrl = `${this.publicUrl}/events/${encodeURIComponent(stored.id)}/inputs`;
    const { contentType, body } = renderPublished(kind, {
      event,
      inputs,
      filter,
      language,
      t,
      pageUrl,
      now,
      untranslated: untranslatedTexts(stored, language),
    });
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    const lastModified = new Date(Math.floor(now.getTime() / 1000) * 1000);
    return { contentType, body, etag, lastModified };
  }
}

function knownFilter(event: EventDefinition, filter: PublishedFilter): boolean {
  const { category, question } = filter;
  return (
    (!category || event.stakeholderCategories.some((c) => c.id === category)) &&
    (!question || event.guidingQuestions.some((q) => q.id === question))
  );
}
