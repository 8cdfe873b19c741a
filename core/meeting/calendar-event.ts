import type { EventDefinition } from '../event/event';
import type { Translate } from '../i18n/catalog';
import {
  toGraphAttendee,
  type GraphCalendarEventBody,
  type GraphCancelBody,
  type GraphReschedulePatch,
  type MeetingAttendee,
} from './graph-event';
import { toGraphDateTime } from './graph-time-zone';
import { escapeHtml } from './html-text';

/**
 * The calendar event that creates the Teams meeting on the organizer's calendar and sends the
 * invitations. `transactionId` lets Graph recognise a retried POST instead of creating twice.
 */
export function buildCalendarEvent(
  event: EventDefinition,
  attendees: MeetingAttendee[],
  transactionId: string,
  t: Translate,
): GraphCalendarEventBody {
  return {
    subject: event.title,
    body: { contentType: 'html', content: invitationHtml(event, t) },
    ...buildReschedule(event),
    ...(event.venue ? { location: { displayName: event.venue } } : {}),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    allowNewTimeProposals: false,
    attendees: attendees.map(toGraphAttendee),
    transactionId,
  };
}

/** Start and end of the event as Graph reads them; also the body that reschedules it. */
export function buildReschedule(event: EventDefinition): GraphReschedulePatch {
  return {
    start: toGraphDateTime(event.start, event.timeZone),
    end: toGraphDateTime(event.end, event.timeZone),
  };
}

/** The invitation text: topic and guiding questions, every piece of event text escaped. */
export function invitationHtml(event: EventDefinition, t: Translate): string {
  const questions = event.guidingQuestions.map((q) => `<li>${escapeHtml(q.text)}</li>`).join('');
  return [
    `<h2>${escapeHtml(event.title)}</h2>`,
    `<h3>${escapeHtml(t('meeting.invitation.topic'))}</h3>`,
    `<p>${escapeHtml(event.topic)}</p>`,
    ...(questions
      ? [
          `<h3>${escapeHtml(t('meeting.invitation.guidingQuestions'))}</h3>`,
          `<ol>${questions}</ol>`,
        ]
      : []),
    `<p>${escapeHtml(t('meeting.invitation.joinHint'))}</p>`,
  ].join('\n');
}

/** The cancellation Graph sends to every attendee, with the chair's note. */
export function buildCancel(comment: string): GraphCancelBody {
  return { comment };
}
