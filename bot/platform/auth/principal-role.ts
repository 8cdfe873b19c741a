import type { ChairTeam } from '../../../core/access/chair-team';
import { roleOf, type Role } from '../../../core/access/role';
import type { Principal } from './principal';

/**
 * The role of a signed-in caller of the tab API: chair when on the chair's team, or by the
 * meeting role Teams reported (development users: their stand-in role); every route decides
 * roles this way.
 */
export function roleOfPrincipal(chairTeam: ChairTeam, principal: Principal): Role {
  return roleOf({
    chairTeam,
    tenantId: principal.tid,
    aadObjectId: principal.oid,
    ...(principal.email ? { email: principal.email } : {}),
    ...(principal.meetingRole ? { meetingRole: principal.meetingRole } : {}),
  });
}
