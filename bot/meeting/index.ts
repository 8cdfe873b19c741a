/** The meeting feature: attendance of an event's Teams meeting (online meetings via Graph). */
import type { Feature } from '../platform/feature';
import { attendanceRoutes, type AttendanceRouteDeps } from './attendance-routes';

export function meetingFeature(web: AttendanceRouteDeps): Feature {
  return { name: 'meeting', routes: attendanceRoutes(web) };
}

// What other features use of this one.
export * from './attendance-text';
export * from './meeting-options-status';
export * from './meeting-provider';
export * from './meeting-provider-error';
export * from './meeting-provider-factory';
