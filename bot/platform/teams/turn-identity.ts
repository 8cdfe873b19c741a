import type { Activity } from 'botbuilder';
import { isKnownTimeZone } from '../../../core/time/zoned-time';
import type { Person } from '../ports';

/**
 * The acting person as Teams identifies them: the Entra tenant and object id. Registrations
 * are keyed by these, never by display name or email, which people share and change.
 */
export function personOf(activity: Partial<Activity>): Person | undefined {
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
