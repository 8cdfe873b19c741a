/** How many event streams one person, and this instance in all, may hold open at once. */
export interface StreamLimits {
  perUser: number;
  total: number;
}

/** A few tabs per person (side panel, stage, a second window); enough total for a big room. */
export const STREAM_LIMITS: StreamLimits = { perUser: 4, total: 2000 };

/** Whether a new stream may open: `release` forgets it once it ends. */
export type StreamAdmission =
  { ok: true; release: () => void } | { ok: false; full: 'perUser' | 'total' };

/**
 * The long-lived responses (event streams) this instance holds open, so a graceful shutdown
 * can end them instead of waiting for clients that never hang up, and so that one person or
 * a flood of clients cannot hold more than the limits allow.
 */
export class OpenStreams {
  private readonly closers = new Map<() => void, string>();
  private readonly perUser = new Map<string, number>();

  constructor(private readonly limits: StreamLimits = STREAM_LIMITS) {}

  /** Admits one stream of `userKey`, ended by `close` on shutdown, or says which cap is full. */
  admit(userKey: string, close: () => void): StreamAdmission {
    const held = this.perUser.get(userKey) ?? 0;
    if (this.closers.size >= this.limits.total) return { ok: false, full: 'total' };
    if (held >= this.limits.perUser) return { ok: false, full: 'perUser' };
    this.closers.set(close, userKey);
    this.perUser.set(userKey, held + 1);
    return { ok: true, release: () => this.release(close) };
  }

  get size(): number {
    return this.closers.size;
  }

  closeAll(): void {
    for (const close of [...this.closers.keys()]) close();
    this.closers.clear();
    this.perUser.clear();
  }

  private release(close: () => void): void {
    const userKey = this.closers.get(close);
    if (userKey === undefined) return;
    this.closers.delete(close);
    const left = (this.perUser.get(userKey) ?? 1) - 1;
    if (left > 0) this.perUser.set(userKey, left);
    else this.perUser.delete(userKey);
  }
}
