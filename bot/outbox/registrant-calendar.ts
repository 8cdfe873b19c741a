import { eventInstants } from '../../core/event/event-times';
import { buildIcs } from '../../core/calendar/ics';
import { translatorFor } from '../../core/i18n/catalog';
import { eventIn } from '../../core/event/event-language';
import type { Store } from '../stores';
import { conversationLocale } from '../i18n';
import { questionToRead } from '../../core/event/question-label';

/**
 * A registrant's calendar file (RFC 5545) for an event, in their language: what the login
 * card's link downloads and what a login mail attaches. Undefined when either is gone.
 */
export async function registrantCalendar(
  store: Store,
  eventId: string,
  registrationId: string,
  now: Date,
): Promise<{ fileName: string; ics: string } | undefined> {
  const [stored, registrations, logistics] = await Promise.all([
    store.events.get(eventId),
    store.registrations.listForEvent(eventId),
    store.logistics.get(eventId),
  ]);
  const registration = registrations.find((r) => r.id === registrationId);
  if (!stored || !registration) return undefined;
  // The file is written in the registrant's language, like every message they get.
  const conversation = await store.conversations.get(
    registration.tenantId,
    registration.aadObjectId,
  );
  const t = translatorFor(conversationLocale(conversation));
  const event = eventIn(stored, t);
  const joinUrl = logistics.meeting?.joinUrl ?? '';
  const instants = eventInstants(event);
  const ics = buildIcs({
    uid: `${registration.id}@${event.id}`,
    title: event.title,
    description: t('outbox.calendar.description', {
      joinUrl,
      reference: registration.referenceCode,
      questions: event.guidingQuestions.map((q, i) => questionToRead(t, q, i)).join('\n'),
    }),
    start: instants.start,
    end: instants.end,
    stamp: now,
    ...(joinUrl ? { url: joinUrl } : {}),
    ...(event.venue ? { location: event.venue } : {}),
    ...(event.contact ? { organizer: event.contact } : {}),
  });
  return { fileName: `${event.id}.ics`, ics };
}
