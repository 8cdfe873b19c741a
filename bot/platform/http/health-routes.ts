import type { Server } from 'restify';

/** What the readiness check asks: the database answers (throws otherwise). */
export interface Pingable {
  ping(): Promise<void>;
}

/** `/healthz`: the process answers. `/readyz`: the database answers too. */
export function registerHealthRoutes(server: Server, store: Pingable): void {
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      res.send(200, { status: 'ready' });
    } catch {
      res.send(503, { status: 'unavailable', reason: 'database' });
    }
  });
}
