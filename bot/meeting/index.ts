/** The meeting feature: attendance of an event's Teams meeting (online meetings via Graph). */
import type { Feature } from '../platform/feature';
import { attendanceRoutes, type AttendanceRouteDeps } from './attendance-routes';

export function meetingFeature(web: AttendanceRouteDeps): Feature {
  return { name: 'meeting', routes: attendanceRoutes(web) };
}
