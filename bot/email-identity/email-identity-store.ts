import type { PendingCode } from '../../core/email-identity/verification-code';

/** A conversation whose person proved an address, and when. */
export interface Verification {
  email: string;
  verifiedAt: Date;
}

/** A card action asked for before verifying, done once the address is proved. */
export interface AwaitedAction {
  verb: string;
  eventId: string;
}

/**
 * What the email step keeps: per conversation, the pending code (its hash) and the verified
 * address; per address, a lock after five wrong codes; and each code sent, for the limits.
 */
export interface EmailIdentityStore {
  pendingCode(conversationKey: string): Promise<PendingCode | undefined>;
  /** Replaces the conversation's pending code and records the send (address and client). */
  saveCode(conversationKey: string, code: PendingCode, clientKey: string, at: Date): Promise<void>;
  /**
   * Counts one wrong try, if the stored tries are still `seen` (two tries at once count once
   * each, never one over the other); returns false when they were not.
   */
  countWrongTry(conversationKey: string, seen: number): Promise<boolean>;
  /** Drops every pending code for the address and locks it until `until`. */
  lock(email: string, until: Date): Promise<void>;
  lockedUntil(email: string): Promise<Date | undefined>;
  /** Codes sent since `since` to the address and from the client. */
  sendsSince(
    email: string,
    clientKey: string,
    since: Date,
  ): Promise<{ address: Date[]; client: Date[] }>;
  /** Marks the conversation verified for the address and drops its pending code. */
  verify(conversationKey: string, email: string, at: Date): Promise<void>;
  verification(conversationKey: string): Promise<Verification | undefined>;
  /** Drops the conversation's pending code (expired). */
  dropCode(conversationKey: string): Promise<void>;
  /** Keeps the action asked for before verifying (the latest replaces the one before). */
  awaitAction(conversationKey: string, action: AwaitedAction, at: Date): Promise<void>;
  /** The awaited action, dropped as it is read, so it is done once. */
  takeAwaitedAction(conversationKey: string): Promise<AwaitedAction | undefined>;
}
