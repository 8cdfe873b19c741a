import { CardFactory } from 'botbuilder';
import type { EventDefinition } from '../../core/event/event';
import { eventInstants } from '../../core/event/event-times';
import { eventIn } from '../../core/event/event-language';
import { translatorFor, type Translate } from '../../core/i18n/catalog';
import { dedupeKeys, remindersAhead, type OutboxMessage } from '../../core/outbox/outbox-message';
import type { Registration } from '../../core/registration/registration';
import { formatInZone } from '../../core/time/zoned-time';
import type { MeetingRecord } from '../meeting';
import type { StoredConversation } from '../platform/store/conversation-store';
import { loginDetailsCard } from './login-details-card';
import { conversationLocale } from '../platform/teams/turn-view';
import { questionToRead } from '../../core/event/question-label';

/** Everything needed to write to one registrant about their new status. */
export interface RegistrantContext {
  event: EventDefinition;
  registration: Registration;
  conversation?: StoredConversation;
  /** Present when the new status is confirmed. */
  meeting?: MeetingRecord;
  calendarUrl?: string;
  now: Date;
  reminderMinutes: readonly number[];
}

/** One message a status change sends, before it is written: what, its key, and when. */
export interface PlannedMessage {
  kind: 'status' | 'loginDetails' | 'reminder';
  dedupeKey: string;
  notBefore: Date;
  /** Of a reminder: how long before the start it comes. */
  minutesBefore?: number;
}

/**
 * Which messages a status change sends: always the status message; on confirmation (with a
 * meeting and a calendar link) also the login details and the reminders still ahead. The
 * rule both `registrantMessages` and the desk's preview count by.
 */
export function plannedMessages(given: Omit<RegistrantContext, 'conversation'>): PlannedMessage[] {
  const { registration: r, now } = given;
  const planned: PlannedMessage[] = [
    { kind: 'status', dedupeKey: dedupeKeys.status(r.id, r.status, r.version), notBefore: now },
  ];
  if (r.status !== 'confirmed' || !given.meeting || !given.calendarUrl) return planned;
  planned.push({
    kind: 'loginDetails',
    dedupeKey: dedupeKeys.loginDetails(given.event.id, r.id),
    notBefore: now,
  });
  const start = eventInstants(given.event).start;
  for (const reminder of remindersAhead(start, now, given.reminderMinutes)) {
    planned.push({
      kind: 'reminder',
      dedupeKey: dedupeKeys.reminder(given.event.id, r.id, reminder.minutesBefore),
      notBefore: reminder.at,
      minutesBefore: reminder.minutesBefore,
    });
  }
  return planned;
}

/**
 * The messages a status change sends (`plannedMessages`), rendered now in the person's
 * language and zone (from their conversation), so the worker only sends.
 */
export function registrantMessages(given: RegistrantContext): OutboxMessage[] {
  const t = translatorFor(conversationLocale(given.conversation));
  const ctx = { ...given, event: eventIn(given.event, t) };
  const { event, registration: r } = ctx;
  const locale = t.language;
  const base = {
    eventId: event.id,
    registrationId: r.id,
    recipient: { tenantId: r.tenantId, aadObjectId: r.aadObjectId },
  };
  const start = eventInstants(event).start;
  return plannedMessages(ctx).map((plan): OutboxMessage => {
    const message = {
      ...base,
      kind: plan.kind,
      dedupeKey: plan.dedupeKey,
      notBefore: plan.notBefore,
    };
    switch (plan.kind) {
      case 'status':
        return {
          ...message,
          payload: {
            type: 'message',
            text: t(`outbox.status.${r.status}`, {
              reference: r.referenceCode,
              title: event.title,
            }),
          },
        };
      case 'loginDetails':
        return {
          ...message,
          payload: {
            type: 'message',
            attachments: [
              CardFactory.adaptiveCard(loginCard(ctx, ctx.meeting!, ctx.calendarUrl!, t)),
            ],
          },
        };
      case 'reminder':
        return {
          ...message,
          payload: {
            type: 'message',
            text: t('outbox.reminder.text', {
              title: event.title,
              when: reminderWhen(plan.minutesBefore ?? 0, start, zoneOf(ctx), t, locale),
              joinUrl: ctx.meeting!.joinUrl,
              reference: r.referenceCode,
            }),
          },
        };
    }
  });
}

function loginCard(
  ctx: RegistrantContext,
  meeting: MeetingRecord,
  calendarUrl: string,
  t: Translate,
) {
  const { event, registration: r } = ctx;
  const locale = t.language;
  const start = eventInstants(event).start;
  const userZone = ctx.conversation?.localTimezone;
  const minutes = Math.max(1, Math.round(event.defaultSpeakingTimeSeconds / 60));
  const speaking = !r.wishesToSpeak
    ? t('outbox.login.speakingNo')
    : r.group
      ? t('outbox.login.speakingGroup', { group: r.group.name, minutes })
      : t('outbox.login.speakingYes', { minutes });
  return loginDetailsCard(
    {
      eventTitle: event.title,
      referenceCode: r.referenceCode,
      when: {
        event: formatInZone(start, event.timeZone, locale),
        ...(userZone ? { user: formatInZone(start, userZone, locale) } : {}),
      },
      joinUrl: meeting.joinUrl,
      // The offline stand-in's label was written once for everyone: write it for this reader.
      ...(meeting.label
        ? { joinLabel: meeting.provider === 'offline' ? t('meeting.offline.label') : meeting.label }
        : {}),
      calendarUrl,
      guidingQuestions: event.guidingQuestions.map((q, i) => questionToRead(t, q, i)),
      speaking,
    },
    t,
  );
}

function zoneOf(ctx: RegistrantContext): string {
  return ctx.conversation?.localTimezone ?? ctx.event.timeZone;
}

function reminderWhen(
  minutesBefore: number,
  start: Date,
  zone: string,
  t: Translate,
  locale: string | undefined,
): string {
  const time = formatInZone(start, zone, locale);
  return minutesBefore % 60 === 0 && minutesBefore >= 120
    ? t('outbox.reminder.inHours', { hours: minutesBefore / 60, time })
    : t('outbox.reminder.inMinutes', { minutes: minutesBefore, time });
}
