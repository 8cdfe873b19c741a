/**
 * The public registration page: the link a chair puts in the letter. Anyone, with or without
 * Teams, opens it and registers by chatting with the same bot through Web Chat over Direct
 * Line; the page's token route keeps the Direct Line secret on the service.
 */
import type { Feature } from '../platform/feature';
import type { EventCatalog } from '../event';
import type { Clock } from '../platform/ports';
import type { Logger } from '../platform/logger';
import type { DirectLineConfig } from '../platform/config';
import type { TrustedProxies } from '../platform/http/client-address';
import type { MissLimits } from '../../core/access/miss-limiter';
import { DirectLineTokens } from './direct-line-tokens';
import { registerPageRoutes } from './register-page-routes';
import { webChatTokenRoutes } from './webchat-token-routes';

export interface WebRegistrationDeps {
  catalog: EventCatalog;
  clock: Clock;
  log: Logger;
  trustedProxies: TrustedProxies;
  directLine?: DirectLineConfig;
  botAppId: string;
  tokenLimits?: MissLimits;
}

export function webRegistrationFeature(deps: WebRegistrationDeps): Feature {
  const tokens = deps.directLine ? new DirectLineTokens(deps.directLine) : undefined;
  return {
    name: 'web-registration',
    routes: [
      ...registerPageRoutes({
        catalog: deps.catalog,
        clock: deps.clock,
        botAppId: deps.botAppId,
        ...(deps.directLine ? { directLineEndpoint: deps.directLine.endpoint } : {}),
      }),
      ...webChatTokenRoutes({
        catalog: deps.catalog,
        clock: deps.clock,
        log: deps.log,
        trustedProxies: deps.trustedProxies,
        ...(tokens ? { tokens } : {}),
        ...(deps.tokenLimits ? { limits: deps.tokenLimits } : {}),
      }),
    ],
  };
}

/** The page's path for an event: what `npm start` prints and the organizer page copies. */
export function registerPagePath(eventId: string): string {
  return `/events/${encodeURIComponent(eventId)}/register`;
}

export { teamsChatLink } from './register-page-routes';
