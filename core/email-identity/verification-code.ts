/**
 * The rules of a six-digit email code: it lasts 10 minutes and takes 5 tries; the fifth
 * wrong try locks the address for 15 minutes. Pure: whether the code matched (compared in
 * constant time by the caller, on hashes) and the time are arguments.
 */
export const CODE_DIGITS = 6;
export const CODE_TTL_MS = 10 * 60_000;
export const MAX_TRIES = 5;
export const LOCK_MS = 15 * 60_000;

/** A code sent to an address and not yet used, as kept for one conversation. */
export interface PendingCode {
  email: string;
  /** The code's hash; the code itself is never kept. */
  codeHash: string;
  expiresAt: Date;
  /** Wrong tries so far. */
  tries: number;
}

/** A new pending code for `email`, sent at `now`. */
export function issuedCode(email: string, codeHash: string, now: Date): PendingCode {
  return { email, codeHash, expiresAt: new Date(now.getTime() + CODE_TTL_MS), tries: 0 };
}

/** How a try ended, and what to keep: the next pending code (none when used up) and a lock. */
export type CodeCheck =
  | { kind: 'verified'; email: string }
  | { kind: 'wrong'; triesLeft: number; next: PendingCode }
  | { kind: 'expired' }
  | { kind: 'locked'; email: string; until: Date };

/** Decides a try of `pending` at `now`; `matches` says whether the typed code was right. */
export function checkCode(pending: PendingCode, matches: boolean, now: Date): CodeCheck {
  if (now.getTime() >= pending.expiresAt.getTime()) return { kind: 'expired' };
  if (matches) return { kind: 'verified', email: pending.email };
  const tries = pending.tries + 1;
  if (tries >= MAX_TRIES)
    return { kind: 'locked', email: pending.email, until: new Date(now.getTime() + LOCK_MS) };
  return { kind: 'wrong', triesLeft: MAX_TRIES - tries, next: { ...pending, tries } };
}

/** Whether a chat line is a code attempt (six digits, spaces between them allowed). */
export function codeOf(line: string): string | undefined {
  const digits = line.replace(/\s/g, '');
  return digits.length === CODE_DIGITS && /^\d+$/.test(digits) ? digits : undefined;
}

/** Whether an address locked until `lockedUntil` is still locked at `now`. */
export function isLocked(lockedUntil: Date | undefined, now: Date): boolean {
  return lockedUntil !== undefined && now.getTime() < lockedUntil.getTime();
}
