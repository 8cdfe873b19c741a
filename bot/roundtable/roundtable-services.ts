import type { Store } from '../stores';
import type { EventCatalog } from '../event';
import type { Clock } from '../platform/ports';
import type { QueueService } from '../queue';
import { BreakoutService } from './breakouts/breakout-service';
import { InvitationService } from './invitations/invitation-service';
import { MatchNotices } from './matchmaking/match-notices';
import { MatchmakingService } from './matchmaking/matchmaking-service';
import { ParticipationService } from './participation-service';
import { RoundtableEvents } from './roundtable-events';

/** The roundtable's use cases, as the Teams surface calls them. */
export interface RoundtableServices {
  events: RoundtableEvents;
  invitations: InvitationService;
  participation: ParticipationService;
  matchmaking: MatchmakingService;
  breakouts: BreakoutService;
  /** Matchmaking proposals and schedules pushed to people's chats through the outbox. */
  notices: MatchNotices;
  /** The speaking queues, for seeding the opening remarks; absent where not wired. */
  queues?: QueueService;
}

export function roundtableServices(
  store: Store,
  catalog: EventCatalog,
  clock: Clock,
  queues?: QueueService,
  /** Tells the outbox worker that messages are waiting. */
  wakeOutbox: () => void = () => undefined,
): RoundtableServices {
  const events = new RoundtableEvents(store, catalog, clock);
  const matchmaking = new MatchmakingService(store, events, clock);
  return {
    events,
    invitations: new InvitationService(store, clock),
    participation: new ParticipationService(store, clock),
    matchmaking,
    notices: new MatchNotices(store, events, matchmaking, clock, wakeOutbox),
    breakouts: new BreakoutService(store, events, clock),
    ...(queues ? { queues } : {}),
  };
}
