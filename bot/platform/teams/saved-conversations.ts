import { LRUCache } from 'lru-cache';
import type { StoredConversation } from '../store/conversation-store';

/**
 * What this instance last saved of each person's chat, so that a turn which changes nothing
 * writes nothing: every activity carries the conversation reference, and upserting it on every
 * turn was one database write per request. The reference's `activityId` changes with every
 * message and is dropped by every proactive send, so it does not count as a change.
 */
export class SavedConversations {
  private readonly last: LRUCache<string, string>;

  /**
   * Bounded at 50 000 people (a few MB of fingerprints): past it the least recently seen
   * person is forgotten (the cost is one write for them). No time to live: a save is never stale.
   */
  constructor(limit = 50_000) {
    this.last = new LRUCache({ max: limit });
  }

  /** Whether saving `conversation` would store anything new, as far as this instance knows. */
  isNew(conversation: StoredConversation): boolean {
    return this.last.get(keyOf(conversation)) !== fingerprintOf(conversation);
  }

  /** Records a successful save. */
  saved(conversation: StoredConversation): void {
    this.last.set(keyOf(conversation), fingerprintOf(conversation));
  }
}

function keyOf(c: StoredConversation): string {
  return `${c.tenantId}|${c.aadObjectId}`;
}

function fingerprintOf(c: StoredConversation): string {
  const { activityId: _ignored, ...reference } = (c.reference ?? {}) as Record<string, unknown>;
  return JSON.stringify([c.conversationId, c.serviceUrl, c.localTimezone ?? null, reference]);
}
