import type { Activity } from 'botbuilder';
import { isKnownTimeZone } from '../../../core/time/zoned-time';
import { WEB_TENANT, type Person } from '../ports';

/**
 * The acting person as Teams identifies them: the Entra tenant and object id. Registrations
 * are keyed by these, never by display name or email, which people share and change.
 */
export function personOf(activity: Partial<Activity>): Person | undefined {
  if (activity.channelId === DIRECT_LINE_CHANNEL) return webPersonOf(activity.from?.id);
  const tenantId =
    activity.conversation?.tenantId ??
    (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const aadObjectId = activity.from?.aadObjectId;
  if (typeof tenantId !== 'string' || typeof aadObjectId !== 'string') return undefined;
  if (
    tenantId.length === 0 ||
    tenantId.length > 64 ||
    aadObjectId.length === 0 ||
    aadObjectId.length > 64
  ) {
    return undefined;
  }
  return { tenantId, aadObjectId: aadObjectId.toLowerCase() };
}

/** The user's own IANA time zone from the activity, when Teams sends a valid one. */
export function userTimeZoneOf(activity: Partial<Activity>): string | undefined {
  const zone = activity.localTimezone;
  return typeof zone === 'string' && zone.length <= 64 && isKnownTimeZone(zone) ? zone : undefined;
}

/** The channel of the public registration page (Web Chat over Direct Line). */
export const DIRECT_LINE_CHANNEL = 'directline';

/** Direct Line user ids the service hands out (`dl_` + random, enhanced authentication). */
const WEB_USER_ID = /^dl_[a-z0-9_-]{8,61}$/i;

/**
 * A person on the public page: Direct Line vouches for the `dl_` user id the service put in
 * their token, and for nothing else (no tenant, no Entra id), so they get the web pseudo
 * tenant; a later step (a verified email) may tie them to a registration made elsewhere.
 */
function webPersonOf(id: unknown): Person | undefined {
  if (typeof id !== 'string' || !WEB_USER_ID.test(id)) return undefined;
  return { tenantId: WEB_TENANT, aadObjectId: id.toLowerCase() };
}
