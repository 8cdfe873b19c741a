import type { Server } from 'restify';
import type { ChairTeam } from '../../../core/access/chair-team';
import type { Authenticate } from '../auth/authenticate';
import type { Route } from '../feature';
import { chairSignedIn, signedIn } from './sign-in';

/** What the one sign-in step needs: the token check and who is on the chair's team. */
export interface RouteGuard {
  authenticate: Authenticate;
  chairTeam: ChairTeam;
}

/**
 * Mounts routes behind the platform's one sign-in step: a public route runs as is; any other
 * gets the signed-in caller (401/403 sent otherwise), and a chair route only a caller on the
 * chair's team (403 with the route's refusal otherwise). Features never sign callers in.
 */
export function mountRoutes(server: Server, routes: readonly Route[], guard: RouteGuard): void {
  for (const route of routes) {
    server[route.method](route.path, async (req, res) => {
      if (route.access === 'public') return void (await route.handle(req, res));
      const principal =
        route.access === 'chair'
          ? await chairSignedIn(req, res, guard, route.refusal ?? 'outbox.api.chairOnly')
          : await signedIn(req, res, guard.authenticate);
      if (principal) await route.handle(req, res, principal);
    });
  }
}
