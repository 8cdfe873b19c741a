import { CloudAdapter, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from './config';
import { makeServer } from './http/make-server';
import { KeptClientsAuthentication } from './teams/kept-clients-authentication';
import { plainTextReplies } from './teams/plain-text-replies';
import type { Logger } from './logger';
import { EventCatalog } from './event/event-catalog';
import { MyRegistrationService } from './registration/my-registration-service';
import { OrganizerService } from './organizer/organizer-service';
import type { Clock, Ids } from './ports';
import { RegistrationService } from './registration/registration-service';
import { WrittenInputService, type FileDownloader } from './written-input/written-input-service';
import type { Store } from './store/store';
import { httpFileDownloader } from './written-input/file-downloader';
import { StakeholderBot } from './teams/stakeholder-bot';
import { createAuthenticator } from './auth/authenticate';
import { OpenStreams, type StreamLimits } from './http/open-streams';
import { PresenceFeed } from './meeting-presence/presence-feed';
import { MeetingRoles } from './meeting-presence/meeting-roles';
import { QueueFeed } from './queue/queue-feed';
import { QueueService } from './queue/queue-service';
import { SessionChoiceService } from './queue/session-choice-service';
import { MeetingService } from './meeting-presence/meeting-service';
import { MeetingActivities } from './meeting-presence/meeting-activities';
import { MeetingNotifier } from './queue/meeting-notifier';
import { createMetrics, type Metrics } from './metrics';
import { registerCalendarRoutes } from './outbox/calendar-routes';
import { TrustedProxies } from './http/client-address';
import { GuessGuard } from './http/guess-guard';
import { EXPORT_GUESS_LIMITS } from '../core/access/miss-limiter';
import { RegistrationBoard } from './organizer/registration-board';
import { createOutbox, type Outbox, type OutboxSettings } from './outbox/outbox-wiring';
import { roundtableServices } from './roundtable/roundtable-services';
import { roundtableExports } from './roundtable/roundtable-exports';
import { LanguageService } from './i18n/language-service';
import { turnView } from './teams/turn-view';
import { AttendanceService } from './meeting/attendance-service';
import { InputReviewService } from './written-input/input-review-service';
import { PublishedInputService } from './written-input/published-input-service';
import type { MissLimits } from '../core/access/miss-limiter';

export interface AppParts {
  config: Config;
  store: Store;
  log: Logger;
  clock: Clock;
  ids: Ids;
  downloader?: FileDownloader;
  /** Caps on open event streams; STREAM_LIMITS otherwise. */
  streamLimits?: StreamLimits;
  /** Anonymous reads of published written input per client address and minute. */
  publicReadLimits?: MissLimits;
  /** Delivery settings (worker timings, reminders, meeting provider); defaults otherwise. */
  outbox?: OutboxSettings;
  /** Check every tab API response against its schema in core/api (tests). */
  checkResponses?: boolean;
  /**
   * How `/api/messages` checks callers; from the configuration otherwise. Only tests replace
   * it, to post unsigned activities from their connector stand-in while the configuration
   * names a tenant (which the configuration alone refuses: bot/config-exposure.ts).
   */
  botAuthentication?: ConstructorParameters<typeof CloudAdapter>[0];
}

/**
 * Wires the use cases, the bot and the HTTP server from their parts. Tests call this with a
 * fixed clock and an in-memory store; main.ts with the real ones.
 */
export interface App {
  server: Server;
  adapter: CloudAdapter;
  /** This instance's Prometheus registry and counters (served at /metrics). */
  metrics: Metrics;
  /** The confirmation flow and its delivery worker. */
  outbox: Outbox;
  /** Starts following queue changes (LISTEN); call before serving streams. */
  start(): Promise<void>;
  /** Ends open streams and stops following changes; the caller then closes server and store. */
  stop(): Promise<void>;
}

export function buildApp(parts: AppParts): App {
  const { config, store, log, clock, ids } = parts;
  const catalog = new EventCatalog(store.events);
  const organizer = new OrganizerService(
    store,
    catalog,
    clock,
    ids,
    config.chairTeam,
    config.publicUrl,
    (link) =>
      link.kind === 'attendanceCsv' ? attendance.csvFile(link) : roundtableExports(store)(link),
  );
  const downloader = parts.downloader ?? httpFileDownloader();
  const streams = new OpenStreams(parts.streamLimits);
  const metrics = createMetrics({
    openStreams: () => streams.size,
    outboxDepth: () => store.outbox.depth(),
  });
  const outbox = createOutbox({ ...parts, ...(parts.outbox ? { settings: parts.outbox } : {}) });
  const attendance = new AttendanceService(store, clock, outbox.meetings);
  // Declared before the bot so that the roundtable can seed opening remarks into the queue.
  const queues = new QueueService(store, clock, config.chairTeam, (queue, saved) => {
    feed.published(queue);
    void notifier.notify(saved.eventId, queue, saved.events);
  });
  const roundtable = roundtableServices(store, catalog, clock, queues, () => outbox.worker?.wake());
  // The registration form carries the sections features contribute (the roundtable's details).
  const sections = [roundtable.participation];
  const services = {
    roundtable,
    decisions: outbox.decisions,
    delivery: outbox.delivery,
    attendance,
    clock,
    catalog,
    organizer,
    registration: new RegistrationService(store, catalog, clock, ids, {
      onCreated: () => metrics.registrationsCreated.inc(),
      sections,
      onNotSaved: (error) => log.error({ err: error }, 'registration not saved'),
    }),
    mine: new MyRegistrationService(store, catalog, clock, ids, sections),
    statements: new WrittenInputService(store, catalog, clock, ids, downloader),
    languages: new LanguageService(store.conversations, clock),
    reviews: new InputReviewService(store, clock, config.publicUrl, () => outbox.worker?.wake()),
  };
  const adapter = new CloudAdapter(
    parts.botAuthentication ?? new KeptClientsAuthentication(botAuthOptions(config)),
  );
  adapter.use(plainTextReplies);
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activityType: context.activity.type }, 'unhandled error in turn');
    if (context.activity.type === 'message') {
      await context.sendActivity(turnView(context).t('error.generic')).catch(() => undefined);
    }
  };
  const meetingActivities = new MeetingActivities(store.meetings, clock, log);
  const bot = new StakeholderBot(services, store.conversations, clock, log, meetingActivities);
  const feed = new QueueFeed(store.queues, log);
  const meetings = new MeetingService(store, clock, config.chairTeam);
  const presenceFeed = new PresenceFeed(
    store.meetings,
    (eventId) => meetings.registrantPresence(eventId),
    log,
  );
  const notifier = new MeetingNotifier({
    adapter,
    appId: config.bot.appId,
    store,
    publicUrl: config.publicUrl,
    log,
  });
  const trustedProxies = new TrustedProxies(config.trustedProxies);
  const server = makeServer({
    adapter,
    bot,
    store,
    catalog,
    organizer,
    clock,
    log,
    authenticate: createAuthenticator(config, clock),
    queues,
    choices: new SessionChoiceService(store, clock, config.chairTeam, queues, (choice) =>
      feed.chose(choice.eventId, choice.sessionId, choice.at),
    ),
    meetings,
    presenceFeed,
    meetingRoles: new MeetingRoles(adapter, config.bot.appId, store.meetings, clock, log),
    roundtable: services.roundtable,
    feed,
    streams,
    metrics,
    metricsToken: config.metricsToken,
    chairTeam: config.chairTeam,
    decisions: outbox.decisions,
    delivery: outbox.delivery,
    registrationBoard: new RegistrationBoard(store),
    attendance,
    reviews: services.reviews,
    published: new PublishedInputService(store, clock, config.publicUrl),
    ...(parts.publicReadLimits ? { publicReadLimits: parts.publicReadLimits } : {}),
    checkResponses: parts.checkResponses ?? false,
    trustedProxies,
    localBotOnly: config.bot.appId === '',
  });
  // The same limits as export links: calendar tokens are as random and as worth guessing.
  const calendarGuesses = new GuessGuard(EXPORT_GUESS_LIMITS, trustedProxies, clock);
  registerCalendarRoutes(server, outbox.delivery, calendarGuesses);
  return {
    server,
    adapter,
    metrics,
    outbox,
    start: async () => {
      await feed.start();
      await presenceFeed.start();
      await outbox.start(adapter);
    },
    stop: async () => {
      streams.closeAll();
      await feed.stop();
      await presenceFeed.stop();
      await notifier.settled();
      await outbox.stop();
    },
  };
}

function botAuthOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppTenantId: config.bot.appTenantId,
    MicrosoftAppType: config.bot.appType,
  };
}
