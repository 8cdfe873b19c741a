import type { CloudAdapter } from 'botbuilder';
import { translatorFor } from '../../core/i18n/catalog';
import type { Config } from '../platform/config';
import type { AppInstaller } from '../platform/graph/app-installer';
import { createAppInstaller, createMeetingProvider, type GraphClientOverrides } from '../meeting';
import type { MeetingProvider } from '../meeting';
import type { Logger } from '../platform/logger';
import type { Mailer } from '../platform/mail/mail';
import { DecisionService } from '../organizer';
import { stakeholderMeetingSettings } from '../../core/meeting/online-meeting-settings';
import { DeliveryService } from './delivery-service';
import type { Clock, Ids } from '../platform/ports';
import type { Store } from '../stores';
import { teamsSender, type OutboxSender } from './outbox-sender';
import { byChannel, mailSender } from './mail-sender';
import { DEFAULT_OUTBOX_OPTIONS, OutboxWorker, type OutboxWorkerOptions } from './outbox-worker';
import type { SentJournal } from './sent-journal-file';

/** Teams' global service URL, for opening a 1:1 chat with someone who never wrote to us. */
export const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

/** What tests and benchmarks may change about delivery. */
export interface OutboxSettings extends Partial<OutboxWorkerOptions> {
  reminderMinutes?: readonly number[];
  serviceUrl?: string;
  meetings?: MeetingProvider;
  /** The Graph client's HTTP layer and retry timings, e.g. a loopback Graph stand-in. */
  graphClient?: GraphClientOverrides;
  /** Replaces the app installer built from the configuration. */
  installer?: AppInstaller;
  /** Replaces the Teams sender, e.g. to count sends. */
  sender?: (adapter: CloudAdapter) => OutboxSender;
  /** Notes accepted messages outside the database (main.ts gives one on PGlite's folder). */
  sentJournal?: SentJournal;
}

/** The confirmation flow and its outbox worker, as the app starts and stops them. */
export interface Outbox {
  decisions: DecisionService;
  delivery: DeliveryService;
  /** Where meetings live (Graph or offline); attendance reads from it too. */
  meetings: MeetingProvider;
  /** The running worker, once started; tests kill it to play a crash. */
  worker: OutboxWorker | undefined;
  /** Starts a new worker (on the adapter given before, if none is given now). */
  start(adapter?: CloudAdapter): Promise<void>;
  stop(): Promise<void>;
}

export function createOutbox(parts: {
  config: Config;
  store: Store;
  clock: Clock;
  ids: Ids;
  log: Logger;
  /** Where mail to people outside Teams goes. */
  mailer: Mailer;
  settings?: OutboxSettings;
}): Outbox {
  const { config, store, clock, ids, log, settings = {} } = parts;
  const t = translatorFor('en');
  const meetings =
    settings.meetings ??
    createMeetingProvider(config.graph, {
      publicUrl: config.publicUrl,
      ids,
      t,
      logger: log,
      ...(settings.graphClient ? { client: settings.graphClient } : {}),
    });
  const installer =
    settings.installer ?? createAppInstaller(config.graph, config.teamsAppId, settings.graphClient);
  let lastAdapter: CloudAdapter | undefined;
  const outbox: Outbox = {
    decisions: new DecisionService(store, clock, ids, meetings, log, {
      publicUrl: config.publicUrl,
      reminderMinutes: settings.reminderMinutes ?? config.reminderMinutes,
      onEnqueued: () => outbox.worker?.wake(),
      meetingOptions: stakeholderMeetingSettings(config.chairTeam),
    }),
    meetings,
    delivery: new DeliveryService(store, clock, () => outbox.worker?.wake()),
    worker: undefined,
    async start(given) {
      const adapter = given ?? lastAdapter;
      if (!adapter) throw new Error('The outbox needs the bot adapter to start');
      lastAdapter = adapter;
      const teams =
        settings.sender?.(adapter) ??
        teamsSender(adapter, {
          appId: config.bot.appId,
          serviceUrl: settings.serviceUrl ?? TEAMS_SERVICE_URL,
          remember: (conversation) => store.conversations.save(conversation),
          now: () => clock.now(),
          ...(installer ? { installer } : {}),
          t,
        });
      const sender = byChannel(
        teams,
        mailSender(parts.mailer, store, () => clock.now()),
      );
      const options = { ...DEFAULT_OUTBOX_OPTIONS, ...settings };
      outbox.worker = new OutboxWorker(store, sender, clock, log, options, settings.sentJournal);
      await outbox.worker.start();
    },
    stop: async () => outbox.worker?.stop(),
  };
  return outbox;
}
