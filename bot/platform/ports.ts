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
}

/**
 * The tenant of people known only through the public page's Direct Line user id: no Entra
 * tenant is ever named this, so they never match an Entra person (nor the chair's team).
 */
export const WEB_TENANT = 'web';

/** How a person reached the bot: Teams, or the public page (Web Chat over Direct Line). */
export type PersonChannel = 'teams' | 'web';

/** The channel a person writes from, read off the identity the platform gave them. */
export function channelOf(person: Person): PersonChannel {
  return person.tenantId === WEB_TENANT ? 'web' : 'teams';
}

export const systemClock: Clock = { now: () => new Date() };

export const cryptoIds: Ids = {
  uuid: () => randomUUID(),
  randomBytes: (size) => randomBytes(size),
};
