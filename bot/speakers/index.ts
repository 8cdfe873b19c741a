/** The provisional list of speakers: placing registrants on a session's list and publishing it. */
import type { Feature } from '../platform/feature';
import { speakersRoutes, type SpeakersRouteDeps } from './speakers-routes';

export function speakersFeature(web: SpeakersRouteDeps): Feature {
  return { name: 'speakers', routes: speakersRoutes(web) };
}

// What other features use of this one.
export * from './speakers-service';
