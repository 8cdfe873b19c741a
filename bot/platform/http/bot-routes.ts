import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from '../logger';

/**
 * `POST /api/messages`: the Bot Framework endpoint. CloudAdapter authenticates the request
 * (or accepts it unauthenticated when no app id is configured, for local clients).
 */
export function registerBotRoutes(
  server: Server,
  adapter: CloudAdapter,
  bot: ActivityHandler,
  log: Logger,
): void {
  server.post('/api/messages', async (req, res) => {
    if (!isActivityShaped(req.body)) {
      res.send(400, {
        error: 'The body must be a Bot Framework activity (a JSON object with a "type").',
      });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      log.error({ err: error, reqId: req.id() }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'The activity could not be processed.' });
    }
  });
}

function isActivityShaped(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { type?: unknown }).type === 'string'
  );
}
