import type { Store } from '../../store/store';
import type { EventCatalog } from '../event-catalog';
import type { Clock } from '../ports';
import type { QueueService } from '../queue-service';
import { BreakoutService } from './breakout-service';
import { InvitationService } from './invitation-service';
import { MatchmakingService } from './matchmaking-service';
import { ParticipationService } from './participation-service';
import { RoundtableEvents } from './roundtable-events';

/** The roundtable's use cases, as the Teams surface calls them. */
export interface RoundtableServices {
  events: RoundtableEvents;
  invitations: InvitationService;
  participation: ParticipationService;
  matchmaking: MatchmakingService;
  breakouts: BreakoutService;
  /** The speaking queues, for seeding the opening remarks; absent where not wired. */
  queues?: QueueService;
}

export function roundtableServices(
  store: Store,
  catalog: EventCatalog,
  clock: Clock,
  queues?: QueueService,
): RoundtableServices {
  const events = new RoundtableEvents(store, catalog, clock);
  return {
    events,
    invitations: new InvitationService(store, clock),
    participation: new ParticipationService(store, clock),
    matchmaking: new MatchmakingService(store, events, clock),
    breakouts: new BreakoutService(store, events, clock),
    ...(queues ? { queues } : {}),
  };
}
