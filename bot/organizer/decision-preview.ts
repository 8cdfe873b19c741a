import type { EventDefinition } from '../../core/event/event';
import type { StatusDecision } from '../../core/registration/status-decision';
import type { MeetingRecord } from '../meeting';
import { plannedMessages } from '../outbox';
import type { Store } from '../stores';

/** What a decision would do, said before it is done: the desk's ask-first dialog. */
export interface DecisionPreview {
  confirmed: number;
  waitlisted: number;
  declined: number;
  unchanged: number;
  /** Messages that would go out at once (status, login details), not already sent. */
  messagesNow: number;
  /** Reminders it would schedule before the event. */
  reminders: number;
}

// Stand-ins for what the decision itself creates (the meeting on the first confirmation, a
// calendar link per confirmation): only their presence counts, as in `decide`.
const PREVIEW_MEETING: MeetingRecord = {
  provider: 'offline',
  eventId: 'preview',
  joinUrl: 'https://preview.invalid/join',
  organizer: 'preview',
  attendees: [],
};
const PREVIEW_CALENDAR = 'https://preview.invalid/calendar.ics';

/**
 * Counts the messages a decision would enqueue with the rule that enqueues them
 * (`plannedMessages`, which `registrantMessages` renders), less those whose dedupe key the outbox already holds (login details
 * sent on an earlier confirmation are not sent again).
 */
export async function previewDecision(
  store: Store,
  event: EventDefinition,
  decision: StatusDecision,
  meeting: MeetingRecord | undefined,
  now: Date,
  reminderMinutes: readonly number[],
): Promise<DecisionPreview> {
  const messages = decision.changes.flatMap(({ next }) =>
    plannedMessages({
      event,
      registration: next,
      meeting: meeting ?? PREVIEW_MEETING,
      ...(next.status === 'confirmed' ? { calendarUrl: PREVIEW_CALENDAR } : {}),
      now,
      reminderMinutes,
    }),
  );
  const known = await store.outbox.knownKeys(messages.map((m) => m.dedupeKey));
  const fresh = new Map(
    messages.filter((m) => !known.has(m.dedupeKey)).map((m) => [m.dedupeKey, m]),
  );
  const due = [...fresh.values()].filter((m) => m.notBefore.getTime() <= now.getTime()).length;
  const count = (status: string) => decision.changes.filter((c) => c.next.status === status).length;
  return {
    confirmed: count('confirmed'),
    waitlisted: count('waitlisted'),
    declined: count('declined'),
    unchanged: decision.unchanged.length,
    messagesNow: due,
    reminders: fresh.size - due,
  };
}
