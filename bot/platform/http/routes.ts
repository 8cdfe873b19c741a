import type { Request, Server } from 'restify';
import type { ChairTeam } from '../../../core/access/chair-team';
import type { UnLanguage } from '../../../core/i18n/catalog';
import type { Authenticate } from '../auth/authenticate';
import type { Principal } from '../auth/principal';
import { roleOfPrincipal } from '../auth/principal-role';
import type { Route } from '../feature';
import { rememberChosenLanguage } from './request-language';
import { refuse, signedIn } from './sign-in';

/** What the one sign-in step needs: the token check and who is on the chair's team. */
export interface RouteGuard {
  authenticate: Authenticate;
  chairTeam: ChairTeam;
  /** The language a person chose (`language fr`): it wins over the request's own headers. */
  chosenLanguage?: (person: {
    tenantId: string;
    aadObjectId: string;
  }) => Promise<UnLanguage | undefined>;
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
      const principal = await signedIn(req, res, guard.authenticate);
      if (!principal) return;
      await rememberChoice(req, principal, guard);
      if (route.access === 'chair' && roleOfPrincipal(guard.chairTeam, principal) !== 'chair')
        return refuse(req, res, 403, route.refusal ?? 'outbox.api.chairOnly');
      await route.handle(req, res, principal);
    });
  }
}

/** The caller's stored language, so the route and a refusal answer in it (request-language.ts). */
async function rememberChoice(
  req: Request,
  principal: Principal,
  guard: RouteGuard,
): Promise<void> {
  if (!guard.chosenLanguage) return;
  const person = { tenantId: principal.tid, aadObjectId: principal.oid };
  rememberChosenLanguage(req, await guard.chosenLanguage(person));
}
