import { randomBytes, randomUUID } from 'node:crypto';
import { isEmailPerson } from '../../core/email-identity/web-identity';

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

/**
 * The tenant of people known only through the public page's Direct Line user id: no Entra
 * tenant is ever named this, so they never match an Entra person (nor the chair's team).
 */
export const WEB_TENANT = 'web';

/** How a person reached the bot: Teams, or the public page (Web Chat over Direct Line). */
export type PersonChannel = 'teams' | 'web';

/**
 * The channel a person writes from, read off the identity the platform gave them. Anyone known
 * by a mailed code (decision 028), even one who reached a Teams registration with the same
 * address, writes from the web: never the chair's team, whatever the registration's identity.
 */
export function channelOf(person: Person): PersonChannel {
  if (person.tenantId === WEB_TENANT || isEmailPerson(person) || person.verifiedEmail) return 'web';
  return 'teams';
}

export const systemClock: Clock = { now: () => new Date() };

export const cryptoIds: Ids = {
  uuid: () => randomUUID(),
  randomBytes: (size) => randomBytes(size),
};
