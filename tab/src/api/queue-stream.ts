import type { ApiClient } from './api-client';
import type { RegistrantPresence } from '../../../core/meeting-presence';
import type { QueueUpdate } from './api-types';
import { SseParser } from './sse-parser';

/** Connection state shown to the person, so a frozen list is never mistaken for a quiet one. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

export interface StreamHandlers {
  onUpdate(update: QueueUpdate, receivedAt: number): void;
  onStatus(status: StreamStatus): void;
  /** Who of the registrants is in the Teams meeting; sent to the chair's team only. */
  onPresence?(presence: RegistrantPresence): void;
  /** The chair's team's choice of session (`at`: when it was made, ISO). */
  onSession?(sessionId: string, at: string): void;
}

/** Heartbeats come every 15 s; a silence this long means the connection is dead. */
const SILENCE_MS = 40_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Follows `GET .../queue/stream` with fetch (the sign-in is a header, which EventSource cannot
 * send), reconnecting with capped exponential backoff and `Last-Event-ID`. Returns a stop function.
 */
export function followQueue(
  api: ApiClient,
  list: { eventId: string; session?: string },
  handlers: StreamHandlers,
): () => void {
  let stopped = false;
  let lastId: number | null = null;
  let controller: AbortController | undefined;
  let attempt = 0;

  const run = async (): Promise<void> => {
    while (!stopped) {
      controller = new AbortController();
      handlers.onStatus(attempt === 0 ? 'connecting' : 'reconnecting');
      try {
        const body = await api.openStream(list.eventId, lastId, controller.signal, list.session);
        attempt = 0;
        handlers.onStatus('live');
        await read(body, controller, {
          queue: (update, id) => {
            if (id !== null) lastId = id;
            handlers.onUpdate(update, Date.now());
          },
          presence: (presence) => handlers.onPresence?.(presence),
          session: (sessionId, at) => handlers.onSession?.(sessionId, at),
        });
      } catch {
        // Network errors, refusals and silences all end the same way: wait and reconnect.
      }
      if (stopped) return;
      attempt += 1;
      handlers.onStatus('reconnecting');
      await sleep(backoffMs(attempt));
    }
  };
  void run();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

async function read(
  body: ReadableStream<Uint8Array>,
  controller: AbortController,
  on: {
    queue: (update: QueueUpdate, id: number | null) => void;
    presence: (presence: RegistrantPresence) => void;
    session: (sessionId: string, at: string) => void;
  },
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser((message) => {
    if (message.event === 'presence') {
      on.presence((JSON.parse(message.data) as { presence: RegistrantPresence }).presence);
      return;
    }
    if (message.event === 'session') {
      const { sessionId, at } = JSON.parse(message.data) as { sessionId: string; at: string };
      on.session(sessionId, at);
      return;
    }
    if (message.event !== 'queue') return;
    const id = message.id === undefined ? null : Number(message.id);
    on.queue(JSON.parse(message.data) as QueueUpdate, Number.isFinite(id) ? id : null);
  });
  let watchdog = setTimeout(() => controller.abort(), SILENCE_MS);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      clearTimeout(watchdog);
      watchdog = setTimeout(() => controller.abort(), SILENCE_MS);
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } finally {
    clearTimeout(watchdog);
  }
}

/** 1 s, 2 s, 4 s... up to 30 s, with jitter so a room of screens does not reconnect at once. */
function backoffMs(attempt: number): number {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (attempt - 1));
  return base / 2 + Math.random() * (base / 2);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
