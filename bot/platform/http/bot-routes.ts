import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from '../logger';
import { isLocalRequest } from './local-request';
import { sendUncompressed } from './compressed-json';

export interface BotRouteDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  log: Logger;
  /** No app id: activities are unsigned, so only this computer's clients are answered. */
  localBotOnly: boolean;
}

/**
 * `POST /api/messages`: the Bot Framework endpoint. CloudAdapter authenticates the request
 * (or accepts it unauthenticated when no app id is configured, for local clients only: the
 * server then listens on loopback, and a request relayed by a proxy or tunnel is refused).
 */
export function registerBotRoutes(server: Server, deps: BotRouteDeps): void {
  const { adapter, bot, log } = deps;
  server.post('/api/messages', async (req, res) => {
    if (deps.localBotOnly && !isLocalRequest(req)) {
      res.send(401, { error: 'Unsigned activities are taken from this computer only.' });
      return;
    }
    if (!isActivityShaped(req.body)) {
      res.send(400, {
        error: 'The body must be a Bot Framework activity (a JSON object with a "type").',
      });
      return;
    }
    sendUncompressed(res);
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
