import { CloudAdapter, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from './platform/config';
import { makeServer } from './platform/http/make-server';
import { channelCards } from './platform/teams/cards/channel-cards';
import { webRegistrationFeature } from './web-registration';
import { KeptClientsAuthentication } from './platform/teams/kept-clients-authentication';
import { plainTextReplies } from './platform/teams/plain-text-replies';
import type { Logger } from './platform/logger';
import { EventCatalog } from './event/event-catalog';
import { MyRegistrationService } from './registration/my-registration-service';
import { OrganizerService } from './organizer/organizer-service';
import type { Clock, Ids } from './platform/ports';
import { RegistrationService } from './registration/registration-service';
import { WrittenInputService, type FileDownloader } from './written-input/written-input-service';
import type { Store } from './stores';
import { httpFileDownloader } from './written-input/file-downloader';
import { StakeholderBot } from './platform/teams/stakeholder-bot';
import { createAuthenticator } from './platform/auth/authenticate';
import { OpenStreams, type StreamLimits } from './platform/http/open-streams';
import { PresenceFeed } from './meeting-presence/presence-feed';
import { MeetingRoles } from './meeting-presence/meeting-roles';
import { QueueFeed } from './queue/queue-feed';
import { QueueService } from './queue/queue-service';
import { SessionChoiceService } from './queue/session-choice-service';
import { MeetingService } from './meeting-presence/meeting-service';
import { MeetingActivities } from './meeting-presence/meeting-activities';
import { MeetingNotifier } from './queue/meeting-notifier';
import { createMetrics, type Metrics } from './platform/metrics';
import { TrustedProxies } from './platform/http/client-address';
import { GuessGuard } from './platform/http/guess-guard';
import { EXPORT_GUESS_LIMITS } from '../core/access/miss-limiter';
import { RegistrationBoard } from './organizer/registration-board';
import { createOutbox, type Outbox, type OutboxSettings } from './outbox/outbox-wiring';
import { urgentMailer } from './outbox/mailbox-pace';
import { roundtableServices } from './roundtable/roundtable-services';
import { roundtableExports } from './roundtable/roundtable-exports';
import { LanguageService } from './i18n/language-service';
import { turnView } from './platform/teams/turn-view';
import type { Feature } from './platform/feature';
import { languageFeature } from './i18n';
import { roundtableFeature } from './roundtable';
import { writtenInputFeature } from './written-input';
import { organizerFeature } from './organizer';
import { basicsFeature } from './basics';
import { meetingPresenceFeature } from './meeting-presence';
import { queueFeature } from './queue';
import { SpeakersService, speakersFeature } from './speakers';
import { meetingFeature } from './meeting';
import { eventFeature } from './event';
import { outboxFeature } from './outbox';
import { AttendanceJobs, SummaryService, summaryFeature } from './summary';
import { floorCardFeature, FloorRequests } from './floor-card';
import { AttendanceService } from './meeting/attendance-service';
import { InputReviewService } from './written-input/input-review-service';
import { PublishedInputService } from './written-input/published-input-service';
import type { MissLimits } from '../core/access/miss-limiter';
import { createMailer } from './platform/mail/create-mailer';
import type { Mailer } from './platform/mail/mail';
import { EmailIdentityGate, EmailIdentityService } from './email-identity';

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
  /** Where mail goes; from the configuration otherwise (Graph's sendMail or a folder). */
  mailer?: Mailer;
  /** Check every tab API response against its schema in core/api (tests). */
  checkResponses?: boolean;
  /**
   * How `/api/messages` checks callers; from the configuration otherwise. Only tests replace
   * it, to post unsigned activities from their connector stand-in while the configuration
   * names a tenant (which the configuration alone refuses: bot/platform/config-exposure.ts).
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
  /** The features, in order (tests check their declared surface, e.g. every command's words). */
  features: readonly Feature[];
  /** Reads attendance reports after meetings end (tests run it with `runDue`). */
  attendanceJobs: AttendanceJobs;
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
    outboxBacklog: () => store.outbox.backlog(clock.now()),
  });
  const mailer = parts.mailer ?? createMailer(config, () => clock.now(), parts.outbox?.graphClient);
  log.info({ mail: mailer.destination }, 'mail to people outside Teams goes here');
  const outbox = createOutbox({
    ...parts,
    mailer,
    ...(parts.outbox ? { settings: parts.outbox } : {}),
  });
  const attendance = new AttendanceService(store, clock, outbox.meetings);
  const attendanceJobs = new AttendanceJobs(store, outbox.meetings, clock, log);
  const summaries = new SummaryService(store, clock, ids, config.publicUrl);
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
      onEnqueued: () => outbox.worker?.wake(),
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
  adapter.use(channelCards);
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activityType: context.activity.type }, 'unhandled error in turn');
    if (context.activity.type === 'message') {
      await context.sendActivity(turnView(context).t('error.generic')).catch(() => undefined);
    }
  };
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
  // What the features' HTTP routes read.
  const web = {
    store,
    catalog,
    organizer,
    clock,
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
    chairTeam: config.chairTeam,
    decisions: outbox.decisions,
    delivery: outbox.delivery,
    registrationBoard: new RegistrationBoard(store),
    speakers: new SpeakersService(store, queues, clock, () => outbox.worker?.wake()),
    attendance,
    reviews: services.reviews,
    published: new PublishedInputService(store, clock, config.publicUrl),
    ...(parts.publicReadLimits ? { publicReadLimits: parts.publicReadLimits } : {}),
    trustedProxies,
    publicUrl: config.publicUrl,
  };
  // The same limits as export links: calendar tokens are as random and as worth guessing.
  const calendarGuesses = new GuessGuard(EXPORT_GUESS_LIMITS, trustedProxies, clock);
  // The features, in order: the chat router tries their commands in this order ("decline SG"
  // answers an invitation before decisions read it; any other line ends at the basics' help).
  const features: Feature[] = [
    languageFeature(services),
    roundtableFeature(services, web),
    writtenInputFeature(services, web),
    organizerFeature(services, web),
    basicsFeature(services),
    queueFeature(feed, web),
    speakersFeature(web),
    meetingPresenceFeature(new MeetingActivities(store.meetings, clock, log), presenceFeed, web),
    // After meeting presence: the chat is remembered before the floor card is posted in it.
    floorCardFeature({ store, requests: new FloorRequests(store, queues, clock), log }),
    meetingFeature(web),
    eventFeature(web),
    webRegistrationFeature({
      catalog,
      clock,
      log,
      trustedProxies,
      botAppId: config.bot.appId,
      ...(config.directLine ? { directLine: config.directLine } : {}),
    }),
    outboxFeature(outbox.delivery, calendarGuesses),
    summaryFeature({ summaries }, attendanceJobs, store.summary),
  ];
  const bot = new StakeholderBot(features, {
    conversations: store.conversations,
    clock,
    log,
    chair: organizer,
    chosenLanguage: (person) => services.languages.chosen(person),
    otherChannels: new EmailIdentityGate(
      new EmailIdentityService(
        store,
        clock,
        urgentMailer(mailer, store.outbox, () => clock.now()),
        log,
      ),
    ),
  });
  const server = makeServer({
    adapter,
    bot,
    features,
    store,
    log,
    authenticate: web.authenticate,
    chairTeam: config.chairTeam,
    chosenLanguage: (person) => services.languages.chosen(person),
    metrics,
    metricsToken: config.metricsToken,
    checkResponses: parts.checkResponses ?? false,
    localBotOnly: config.bot.appId === '',
    consent: { ...config.sso, publicUrl: config.publicUrl },
  });
  return {
    server,
    adapter,
    metrics,
    outbox,
    features,
    attendanceJobs,
    start: async () => {
      // Resolves GRAPH_ORGANIZER to its object id once, and says so in the log if it cannot.
      await outbox.meetings.start?.();
      for (const feature of features) await feature.start?.();
      await outbox.start(adapter);
    },
    stop: async () => {
      streams.closeAll();
      for (const feature of features) await feature.stop?.();
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
