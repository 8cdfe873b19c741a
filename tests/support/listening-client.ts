import type { SqlClient } from '../../bot/platform/store/sql-client';

/**
 * A client that only listens, for what follows a NOTIFY channel: `notify` plays a notice
 * (undefined: "some may have been missed"), `state.refuse` makes LISTEN fail.
 */
export function listeningClient() {
  const state: { handler?: (payload: string | undefined) => void; refuse: boolean } = {
    refuse: false,
  };
  const db = {
    listen: async (_channel: string, onPayload: (payload: string | undefined) => void) => {
      if (state.refuse) throw new Error('cannot listen');
      state.handler = onPayload;
      return async () => undefined;
    },
  } as unknown as SqlClient;
  return { db, state, notify: (payload: string | undefined) => state.handler?.(payload) };
}
