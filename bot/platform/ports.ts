import { randomBytes, randomUUID } from 'node:crypto';

/** The clock the services read; tests pass a fixed one so deadlines are exact. */
export interface Clock {
  now(): Date;
}

/** Sources of identifiers and randomness, injected so tests can be deterministic. */
export interface Ids {
  uuid(): string;
  randomBytes(size: number): Uint8Array;
}

/** The person acting, as the platform identifies them. */
export interface Person {
  tenantId: string;
  aadObjectId: string;
  /**
   * The address the person proved by a mailed code (outside Teams, decision 028); their
   * registrations use it as their email.
   */
  verifiedEmail?: string;
}

export const systemClock: Clock = { now: () => new Date() };

export const cryptoIds: Ids = {
  uuid: () => randomUUID(),
  randomBytes: (size) => randomBytes(size),
};
