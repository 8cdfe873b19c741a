/** A Server-Sent Events message as the stream sends it. */
export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

/** A test client of one event stream: collects messages until closed. */
export interface SseClient {
  status: number;
  messages: SseMessage[];
  /**
   * Resolves with the first message of type `event` (counting ones already received)
   * matching `predicate`; by default queue states, the stream's main content.
   */
  next(
    predicate: (m: SseMessage) => boolean,
    timeoutMs?: number,
    event?: string,
  ): Promise<SseMessage>;
  close(): void;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
}

/** Opens `url` with fetch (headers allowed, unlike EventSource) and parses the stream. */
export async function openSse(url: string, headers: Record<string, string>): Promise<SseClient> {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  const messages: SseMessage[] = [];
  const waiters = new Set<() => void>();
  let ended: Promise<void> = Promise.resolve();
  if (response.body && response.status === 200) {
    ended = (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const message = parseBlock(block);
            if (message) messages.push(message);
            waiters.forEach((wake) => wake());
          }
        }
      } catch {
        // aborted by close()
      }
    })();
  }
  return {
    status: response.status,
    messages,
    ended,
    close: () => abort.abort(),
    next(predicate, timeoutMs = 5_000, event = 'queue') {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find((m) => m.event === event && predicate(m));
          if (!found) return false;
          waiters.delete(check as () => void);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check as () => void);
          reject(new Error(`no matching message; got ${messages.map((m) => m.id).join(',')}`));
        }, timeoutMs);
        if (!check()) waiters.add(check as () => void);
      });
    },
  };
}

function parseBlock(block: string): SseMessage | undefined {
  const message: SseMessage = { data: '' };
  let hasData = false;
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') {
      message.data += (hasData ? '\n' : '') + value;
      hasData = true;
    } else if (field === 'id') message.id = value;
    else if (field === 'event') message.event = value;
  }
  return hasData ? message : undefined;
}
