import type { DevPrincipal } from './principal';

/** The tenant id every development test user belongs to; no real tenant has it. */
export const DEV_TENANT_ID = '00000000-0000-4000-8000-00000000de00';

/** A development test user and the key that picks it. */
export interface DevUser {
  key: string;
  principal: DevPrincipal;
}

/**
 * The test users of the development sign-in, picked by key (`X-Dev-User: chair`). Their
 * meeting role stands in for the platform's, so the chair and attendee views can both be tried.
 */
export const DEV_USERS: readonly DevUser[] = [
  devUser('chair', 'Organizer', 'Dev Chair', 1),
  devUser('presenter', 'Presenter', 'Dev Presenter', 2),
  devUser('delegate-a', 'Attendee', 'Dev Delegate A', 3),
  devUser('delegate-b', 'Attendee', 'Dev Delegate B', 4),
];

/** The test user with this key, if any (keys are matched without regard to case). */
export function devPrincipalOf(key: string): DevPrincipal | undefined {
  return DEV_USERS.find((user) => user.key === key.trim().toLowerCase())?.principal;
}

function devUser(
  key: string,
  meetingRole: DevPrincipal['meetingRole'],
  name: string,
  n: number,
): DevUser {
  const principal: DevPrincipal = {
    dev: true,
    oid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    tid: DEV_TENANT_ID,
    name,
    preferredUsername: `${key}@dev.invalid`,
    email: `${key}@dev.invalid`,
    meetingRole,
  };
  return { key, principal };
}
