/** The meeting-presence feature: what Teams tells the bot about meetings, and who is present. */
import type { Feature } from '../platform/feature';
import { listenToMeetings, type MeetingActivities } from './meeting-activities';
import { meetingRoutes, type MeetingRouteDeps } from './meeting-routes';
import type { PresenceFeed } from './presence-feed';

export function meetingPresenceFeature(
  activities: MeetingActivities,
  presence: PresenceFeed,
  web: MeetingRouteDeps,
): Feature {
  return {
    name: 'meeting-presence',
    listen: (bot) => listenToMeetings(bot, activities),
    routes: meetingRoutes(web),
    start: () => presence.start(),
    stop: () => presence.stop(),
  };
}

// What other features use of this one.
export * from './meeting-roles';
export * from './meeting-service';
export * from './presence-feed';
