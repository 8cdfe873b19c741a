import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';

/** Which session's list a screen shows, once the service has said which to open. */
export type SessionChoiceLoad = { status: 'loading' } | { status: 'ready'; sessionId?: string };

/**
 * The session a screen shows: first the one the service names for now (the chair's recent
 * choice, else the session running by the programme), then whatever the chair's team switches
 * the screens to, or the person picks. If the service cannot say, the event's first session.
 */
export function useSessionChoice(api: ApiClient, eventId: string) {
  const [load, setLoad] = useState<SessionChoiceLoad>({ status: 'loading' });
  /** When the chair's choice this screen knows was made (ISO); streams repeat it on connecting. */
  const knownChoice = useRef('');

  useEffect(() => {
    let cancelled = false;
    setLoad({ status: 'loading' });
    api.sessions(eventId).then(
      ({ open, chosen }) => {
        if (cancelled) return;
        knownChoice.current = chosen?.at ?? '';
        setLoad({ status: 'ready', sessionId: open });
      },
      () => !cancelled && setLoad({ status: 'ready' }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, eventId]);

  /** Shows another session's list on this screen only. */
  const follow = useCallback((sessionId: string) => {
    setLoad({ status: 'ready', sessionId });
  }, []);

  /** A choice of the chair's team from the stream: followed unless this screen knew it. */
  const chairChose = useCallback(
    (sessionId: string, at: string) => {
      if (at <= knownChoice.current) return;
      knownChoice.current = at;
      follow(sessionId);
    },
    [follow],
  );

  /** The chair's switch: every screen of the event follows; throws if the service refused. */
  const chooseForAll = useCallback(
    async (sessionId: string) => {
      await api.chooseSession(eventId, sessionId);
      follow(sessionId);
    },
    [api, eventId, follow],
  );

  return { load, follow, chairChose, chooseForAll };
}
