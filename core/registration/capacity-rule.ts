import type { MessageKey } from '../i18n/catalog';
import type { Registration } from './registration';
import { decideStatusChanges } from './status-decision';

/** The largest capacity the chair may set (six digits, as the chat command reads it). */
export const MAX_CAPACITY = 999_999;

/** A capacity as typed (chat word or desk field): a whole number, or "none" for no limit. */
export type CapacityInput =
  { ok: true; capacity: number | undefined } | { ok: false; key: CapacityRefusal };

/** Why a typed capacity was refused (keys the desk and the chat both show). */
export type CapacityRefusal = Extract<
  MessageKey,
  'tab.desk.capacity.notNumber' | 'tab.desk.capacity.tooLarge'
>;

/**
 * Reads a typed capacity. The one rule for the chat command and the desk: a whole number
 * from 0 to 999,999, or "none" (no limit). Anything else is refused with the reason.
 */
export function readCapacity(text: string): CapacityInput {
  const word = text.trim().toLowerCase();
  if (word === 'none') return { ok: true, capacity: undefined };
  if (!/^\d+$/.test(word)) return { ok: false, key: 'tab.desk.capacity.notNumber' };
  if (word.length > 6) return { ok: false, key: 'tab.desk.capacity.tooLarge' };
  return { ok: true, capacity: Number(word) };
}

/** Whether a capacity value (from a JSON body) is one `readCapacity` would accept. */
export function isCapacity(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_CAPACITY
  );
}

/** What setting a capacity does, said before it is done. */
export interface CapacityEffect {
  capacity: number | undefined;
  confirmed: number;
  /** Confirmed beyond the new capacity: they keep their place, no one is moved. */
  over: number;
  /** Places left; undefined without a limit. */
  free: number | undefined;
  pending: number;
  /** Of the pending, how many "confirm all pending" would then offer a place to... */
  wouldConfirm: number;
  /** ...and how many it would put on the waiting list. */
  wouldWaitlist: number;
  waitlisted: number;
}

/**
 * Setting a capacity changes no registration and sends no message: it bounds later
 * confirmations. The effect on those waiting is what `decideStatusChanges` (the rule every
 * confirmation follows) would do to everyone pending under the new capacity.
 */
export function capacityEffect(
  all: readonly Registration[],
  capacity: number | undefined,
  now: Date,
): CapacityEffect {
  const count = (status: Registration['status']) => all.filter((r) => r.status === status).length;
  const confirmed = count('confirmed');
  const pending = all.filter((r) => r.status === 'pending');
  const decision = decideStatusChanges(all, pending, 'confirm', capacity, now);
  const wouldConfirm = decision.changes.filter((c) => c.next.status === 'confirmed').length;
  return {
    capacity,
    confirmed,
    over: capacity === undefined ? 0 : Math.max(0, confirmed - capacity),
    free: capacity === undefined ? undefined : Math.max(0, capacity - confirmed),
    pending: pending.length,
    wouldConfirm,
    wouldWaitlist: pending.length - wouldConfirm,
    waitlisted: count('waitlisted'),
  };
}

/** Checks `{ capacity }` of the desk's request: a capacity, or null for no limit. */
export function parseCapacityRequest(body: unknown): CapacityInput {
  const value: unknown =
    typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>).capacity
      : undefined;
  if (value === null) return { ok: true, capacity: undefined };
  if (typeof value === 'number' && Number.isInteger(value) && value > MAX_CAPACITY)
    return { ok: false, key: 'tab.desk.capacity.tooLarge' };
  return isCapacity(value)
    ? { ok: true, capacity: value }
    : { ok: false, key: 'tab.desk.capacity.notNumber' };
}
