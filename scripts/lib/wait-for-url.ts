/** Options for {@link waitForUrl}. */
export interface WaitForUrlOptions {
  /** Give up after this many milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Pause between attempts (default 200 ms). */
  intervalMs?: number;
  /** Stop early when this returns a reason, e.g. the process that should answer has died. */
  abandon?: () => string | undefined;
}

/**
 * Polls `url` with GET until it answers 2xx. Rejects with the last error when the time is up
 * or `abandon` gives a reason, so a caller never waits on a server that is already dead.
 */
export async function waitForUrl(url: string, options: WaitForUrlOptions = {}): Promise<void> {
  const { timeoutMs = 30_000, intervalMs = 200, abandon } = options;
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    const reason = abandon?.();
    if (reason) throw new Error(`Stopped waiting for ${url}: ${reason}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() >= deadline) {
      throw new Error(`${url} did not answer within ${timeoutMs} ms (last: ${last})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
