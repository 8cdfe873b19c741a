import type { EventInstants } from '../event/event-times';

/**
 * Where "now" falls against an event's registration window. Registration, edits and
 * withdrawals are possible only while it is `open`; written input until the event ends.
 */
export type RegistrationPhase = 'notOpen' | 'open' | 'closed';

export function registrationPhase(instants: EventInstants, now: Date): RegistrationPhase {
  if (now < instants.registrationOpens) return 'notOpen';
  if (now >= instants.registrationDeadline) return 'closed';
  return 'open';
}

/** Written statements are accepted from registrants until the event ends. */
export function writtenInputOpen(instants: EventInstants, now: Date): boolean {
  return now < instants.end;
}
