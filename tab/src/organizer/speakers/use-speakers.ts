import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueCommand } from '../../../../core/speaking-queue';
import { ApiError, type ApiClient, type CommandInput } from '../../api/api-client';
import type { SpeakersResponse } from '../../api/api-types';
import { followQueue } from '../../api/queue-stream';
import { useT } from '../../i18n/texts-context';

/** What the last action came to, for the section's live region. */
export interface SpeakersNote {
  kind: 'done' | 'refused';
  text: string;
}

/**
 * The state of the Speakers section: a session's list and pool, loaded, kept fresh by each
 * answer and by the queue's live stream. Every action names the version shown; a refusal for a stale version brings
 * the fresh list (409 carries it), so the chair sees what changed and tries again.
 */
export function useSpeakers(api: ApiClient, eventId: string) {
  const t = useT();
  const [session, setSession] = useState<string>();
  const [data, setData] = useState<SpeakersResponse>();
  const [note, setNote] = useState<SpeakersNote>();
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  const reload = useCallback(async () => {
    try {
      setData(await api.speakers(eventId, session));
    } catch (e) {
      setNote({
        kind: 'refused',
        text: e instanceof ApiError ? e.message : t('tab.command.failed'),
      });
    }
  }, [api, eventId, session, t]);
  useEffect(() => void reload(), [reload]);

  // The list follows the queue's live stream: a change made elsewhere (another chair, a
  // withdrawal) brings the fresh list and pool without the chair acting.
  const shownVersion = useRef<number>(undefined);
  shownVersion.current = data?.queue.version;
  const streamSession = data?.session.id;
  useEffect(() => {
    if (!streamSession) return undefined;
    return followQueue(
      api,
      { eventId, session: streamSession },
      {
        onUpdate: (update) => {
          const shown = shownVersion.current;
          if (shown !== undefined && update.queue.version > shown && !busyRef.current)
            void reload();
        },
        onStatus: () => undefined,
      },
    );
  }, [api, eventId, streamSession, reload]);

  /** Runs one action; true when it was accepted. */
  const act = useCallback(
    async (
      action: (baseVersion: number) => Promise<SpeakersResponse | 'reload'>,
      done?: (r?: SpeakersResponse) => string,
    ) => {
      if (!data || busyRef.current) return false;
      busyRef.current = true;
      setBusy(true);
      try {
        const answer = await action(data.queue.version);
        if (answer === 'reload') await reload();
        else setData(answer);
        setNote(
          done ? { kind: 'done', text: done(answer === 'reload' ? undefined : answer) } : undefined,
        );
        return true;
      } catch (e) {
        await refused(e);
        return false;
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [data, reload],
  );

  const refused = async (e: unknown) => {
    if (!(e instanceof ApiError)) {
      setNote({ kind: 'refused', text: t('tab.command.failed') });
      return;
    }
    const stale = e.code === 'queue.error.staleVersion';
    setNote({ kind: 'refused', text: stale ? t('tab.speakers.conflict') : e.message });
    const body = e.body as Partial<SpeakersResponse> | undefined;
    if (body?.pool && body.queue) setData(body as SpeakersResponse);
    else if (body?.queue) await reload();
  };

  const place = (registrationIds: string[], position?: number) =>
    act(
      (baseVersion) =>
        api.placeSpeakers(eventId, session, {
          baseVersion,
          registrationIds,
          ...(position !== undefined ? { position } : {}),
        }),
      () => t('tab.speakers.placedDone', { count: registrationIds.length }),
    );

  const command = (input: CommandInput, done?: () => string) =>
    act(async (baseVersion) => {
      const update = await api.command(eventId, { ...input, baseVersion } as QueueCommand, session);
      if (input.type === 'remove' || input.type === 'undo') return 'reload';
      return data ? { ...data, queue: update.queue } : 'reload';
    }, done);

  const publish = () =>
    act(
      (baseVersion) => api.publishSpeakers(eventId, session, baseVersion),
      (answer) => t('tab.speakers.publishedDone', { count: answer?.notified ?? 0 }),
    );

  return { data, note, busy, session, setSession, place, command, publish };
}

export type SpeakersState = ReturnType<typeof useSpeakers>;
