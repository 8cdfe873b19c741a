import { DEFAULT_RETRY_POLICY, decideRetry, parseRetryAfter } from './retry-policy';

const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 };

describe('decideRetry', () => {
  it.each([429, 412, 502, 503, 504])('retries HTTP %i', (status) => {
    expect(decideRetry({ kind: 'status', status }, 1, policy, () => 0).kind).toBe('retry');
  });

  it.each([400, 401, 403, 404, 500])('fails HTTP %i at once, with the reason', (status) => {
    expect(
      decideRetry({ kind: 'status', status, detail: 'Forbidden' }, 1, policy, () => 0.5),
    ).toEqual({ kind: 'fail', reason: `HTTP ${status}: Forbidden` });
  });

  it('retries network errors', () => {
    const decision = decideRetry({ kind: 'network', detail: 'ECONNRESET' }, 1, policy, () => 0);
    expect(decision).toEqual({ kind: 'retry', delayMs: 500, reason: 'network error: ECONNRESET' });
  });

  it('retries a result that says later, with its detail as the reason, until the last attempt', () => {
    const later = { kind: 'later', detail: 'The chat is not open yet.' } as const;
    expect(decideRetry(later, 2, policy, () => 0)).toEqual({
      kind: 'retry',
      delayMs: 1_000,
      reason: 'The chat is not open yet.',
    });
    expect(decideRetry(later, policy.maxAttempts, policy, () => 0).kind).toBe('fail');
  });

  it('backs off exponentially with jitter between half and all of the step', () => {
    const delay = (attempt: number, r: number) => {
      const d = decideRetry({ kind: 'status', status: 502 }, attempt, policy, () => r);
      return d.kind === 'retry' ? d.delayMs : -1;
    };
    expect([delay(1, 0), delay(2, 0), delay(3, 0)]).toEqual([500, 1000, 2000]);
    expect([delay(1, 0.999999), delay(3, 0.999999)]).toEqual([1000, 4000]);
  });

  it('never retries sooner than Retry-After', () => {
    const decision = decideRetry(
      { kind: 'status', status: 429, retryAfterMs: 7000 },
      1,
      policy,
      () => 0,
    );
    expect(decision).toMatchObject({ kind: 'retry', delayMs: 7000 });
  });

  it('gives up after the last attempt, saying so', () => {
    const decision = decideRetry({ kind: 'status', status: 429 }, 4, policy, () => 0);
    expect(decision).toEqual({ kind: 'fail', reason: 'HTTP 429 (gave up after 4 attempts)' });
  });

  it('caps the delay', () => {
    const decision = decideRetry({ kind: 'status', status: 504 }, 5, DEFAULT_RETRY_POLICY, () => 1);
    expect(decision).toMatchObject({ kind: 'retry', delayMs: 16_000 });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000);
    expect(parseRetryAfter('0.5', 0)).toBe(500);
    const now = Date.parse('2024-02-20T10:00:00Z');
    expect(parseRetryAfter('Tue, 20 Feb 2024 10:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
