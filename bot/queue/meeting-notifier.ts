import { TeamsInfo, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { QueueEvent, SpeakingQueue } from '../../core/speaking-queue';
import type { Logger } from '../platform/logger';
import type { Store, TeamsMeeting } from '../stores';
import {
  meetingNotice,
  noticeBatches,
  type NoticeKind,
  type NoticeRecipient,
} from './meeting-notification';
import { conversationLocale } from '../platform/teams/turn-view';

export interface MeetingNotifierDeps {
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  appId: string;
  store: Pick<Store, 'meetings' | 'registrations' | 'conversations'>;
  publicUrl: string;
  log: Logger;
}

type Notice = { type: NoticeKind; entryId: string };

/**
 * Tells the people a saved queue command concerns ("you have the floor", "you are next")
 * with a targeted notification in the event's Teams meeting. Runs after the save, on its own:
 * it never throws, and does nothing for an event without a linked meeting the bot is in.
 */
export class MeetingNotifier {
  constructor(private readonly deps: MeetingNotifierDeps) {}

  private readonly inFlight = new Set<Promise<void>>();

  notify(eventId: string, queue: SpeakingQueue, events: readonly QueueEvent[]): Promise<void> {
    const notices = events.filter(isNotice);
    if (notices.length === 0) return Promise.resolve();
    const run = this.run(eventId, queue, notices);
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  /**
   * Resolves once the notifications under way are sent or given up (the connector client
   * retries 5xx answers a few times first); shutdown waits for them before closing the store.
   */
  async settled(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  private async run(eventId: string, queue: SpeakingQueue, notices: Notice[]): Promise<void> {
    try {
      const meeting = await this.linkedMeeting(eventId);
      if (!meeting) return;
      const recipients = await this.recipientsOf(eventId, queue, notices);
      for (const batch of noticeBatches(recipients)) await this.send(meeting, eventId, batch);
    } catch (error) {
      this.deps.log.warn({ err: error, eventId }, 'could not prepare meeting notifications');
    }
  }

  private async linkedMeeting(eventId: string): Promise<TeamsMeeting | undefined> {
    const link = await this.deps.store.meetings.linkOf(eventId);
    const meeting = link && (await this.deps.store.meetings.get(link.meetingId));
    if (link && !meeting) {
      this.deps.log.info({ eventId }, 'linked meeting has no known chat yet: no notification');
    }
    return meeting;
  }

  /** Registrants with a personal chat; people the chair added by name have no Teams id. */
  private async recipientsOf(
    eventId: string,
    queue: SpeakingQueue,
    notices: readonly Notice[],
  ): Promise<NoticeRecipient[]> {
    const registrations = await this.deps.store.registrations.listForEvent(eventId);
    const recipients: NoticeRecipient[] = [];
    for (const notice of notices) {
      const entry = queue.entries.find((e) => e.id === notice.entryId);
      const registration = registrations.find((r) => r.id === entry?.speaker.registrationId);
      if (!registration) continue;
      const chat = await this.deps.store.conversations.get(
        registration.tenantId,
        registration.aadObjectId,
      );
      const reference = chat?.reference as Partial<ConversationReference> | undefined;
      const userId = reference?.user?.id;
      if (typeof userId !== 'string' || !userId.startsWith('29:')) continue;
      recipients.push({ kind: notice.type, userId, locale: conversationLocale(chat) });
    }
    return recipients;
  }

  private async send(meeting: TeamsMeeting, eventId: string, batch: NoticeRecipient[]) {
    const notification = meetingNotice(batch, eventId, this.deps.publicUrl);
    try {
      await this.deps.adapter.continueConversationAsync(
        this.deps.appId,
        meeting.reference as Partial<ConversationReference>,
        async (context) => {
          await TeamsInfo.sendMeetingNotification(context, notification, meeting.meetingId);
        },
      );
    } catch (error) {
      // The queue has moved on regardless; a lost notice only costs the person a glance.
      this.deps.log.warn(
        { err: error, eventId, kind: batch[0]?.kind, recipients: batch.length },
        'could not send a meeting notification',
      );
    }
  }
}

function isNotice(event: QueueEvent): event is Notice {
  switch (event.type) {
    case 'nowSpeaking':
    case 'upNext':
      return true;
    case 'removedByChair':
    case 'listPublished':
      return false;
  }
}
