import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueCommand, SpeakingQueue } from '../../../core/speaking-queue';
import { ApiError, type ApiClient, type CommandInput } from '../api/api-client';
import type { QueueResponse, QueueUpdate } from '../api/api-types';
import { followQueue, type StreamStatus } from '../api/queue-stream';
import { clockOffsetMs } from './server-clock';

/** What a screen knows of a meeting's queue: the state, who is looking, and the server clock. */
export interface QueueModel {
  info: Omit<QueueResponse, 'queue' | 'serverNow'>;
  queue: SpeakingQueue;
  offsetMs: number;
  stream: StreamStatus;
}

export type QueueLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError | Error }
  | { status: 'ready'; model: QueueModel };

/** The outcome of a command as a screen reports it: nothing, or the service's text. */
export type CommandOutcome = { ok: true } | { ok: false; message?: string };

/**
 * Loads a session's list of speakers, follows its live stream and sends commands based on the
 * version on screen. A newer state always wins; a stale command's refusal brings the current
 * state. `onSession` hears the chair's team switching the screens to another session.
 */
export function useQueue(
  api: ApiClient,
  eventId: string,
  session: string | undefined,
  onSession: (sessionId: string, at: string) => void,
) {
  const [load, setLoad] = useState<QueueLoad>({ status: 'loading' });
  const model = useRef<QueueModel | undefined>(undefined);

  const accept = useCallback((update: QueueUpdate, receivedAt: number) => {
    const current = model.current;
    if (!current || update.queue.version < current.queue.version) return;
    const next = {
      ...current,
      queue: update.queue,
      offsetMs: clockOffsetMs(update.serverNow, receivedAt),
    };
    model.current = next;
    setLoad({ status: 'ready', model: next });
  }, []);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    setLoad({ status: 'loading' });
    model.current = undefined;
    api.queue(eventId, session).then(
      ({ queue, serverNow, ...info }) => {
        if (cancelled) return;
        const first = { info, queue, offsetMs: clockOffsetMs(serverNow, Date.now()) };
        model.current = { ...first, stream: 'connecting' };
        setLoad({ status: 'ready', model: model.current });
        stop = followQueue(
          api,
          { eventId, ...(session ? { session } : {}) },
          {
            onUpdate: accept,
            onSession,
            onPresence: (registrantPresence) => {
              if (!model.current) return;
              model.current = {
                ...model.current,
                info: { ...model.current.info, registrantPresence },
              };
              setLoad({ status: 'ready', model: model.current });
            },
            onStatus: (stream) => {
              if (!model.current || model.current.stream === stream) return;
              model.current = { ...model.current, stream };
              setLoad({ status: 'ready', model: model.current });
            },
          },
        );
      },
      (error: Error) => !cancelled && setLoad({ status: 'failed', error }),
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [api, eventId, session, onSession, accept]);

  const send = useCallback(
    async (input: CommandInput): Promise<CommandOutcome> => {
      const baseVersion = model.current?.queue.version ?? 0;
      const command = { ...input, baseVersion } as QueueCommand;
      try {
        accept(await api.command(eventId, command, session), Date.now());
        return { ok: true };
      } catch (error) {
        if (!(error instanceof ApiError)) return { ok: false };
        const refused = error.body as Partial<QueueUpdate> | undefined;
        // A refusal carries the state it was judged against: show it at once.
        if (refused?.queue && typeof refused.serverNow === 'number') {
          accept({ queue: refused.queue, serverNow: refused.serverNow }, Date.now());
        }
        return { ok: false, message: error.message };
      }
    },
    [api, eventId, session, accept],
  );

  return { load, send };
}
