import { MissLimiter } from './miss-limiter';

describe('MissLimiter', () => {
  const limits = { maxMisses: 3, windowMs: 60_000, maxKeys: 2 };

  it('blocks a key after its misses in the window, and lets it try again in the next', () => {
    const limiter = new MissLimiter(limits);
    expect(limiter.blocked('a', 0)).toBe(false);
    limiter.miss('a', 0);
    limiter.miss('a', 1_000);
    expect(limiter.blocked('a', 1_000)).toBe(false);
    expect(limiter.miss('a', 2_000)).toBe(58_000);
    expect(limiter.blocked('a', 2_000)).toBe(true);
    expect(limiter.retryAfterMs('a', 30_000)).toBe(30_000);
    expect(limiter.blocked('b', 2_000)).toBe(false);
    expect(limiter.blocked('a', 60_000)).toBe(false);
    expect(limiter.retryAfterMs('a', 60_000)).toBe(0);
  });

  it('remembers at most maxKeys keys, forgetting the oldest', () => {
    const limiter = new MissLimiter({ ...limits, maxMisses: 1 });
    limiter.miss('a', 0);
    limiter.miss('b', 0);
    limiter.miss('c', 0);
    expect([limiter.blocked('a', 1), limiter.blocked('b', 1), limiter.blocked('c', 1)]).toEqual([
      false,
      true,
      true,
    ]);
  });
});
