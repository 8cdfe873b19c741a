import { isEmailPerson } from '../../core/email-identity/web-identity';
import { translatorFor, type Translate } from '../../core/i18n/catalog';
import { cardMailBlocks } from '../../core/outbox/card-mail';
import { mailBody, type MailBlock } from '../../core/outbox/mail-body';
import type { OutboxKind } from '../../core/outbox/outbox-message';
import type { Registration } from '../../core/registration/registration';
import type { Mail, MailAttachment, Mailer } from '../platform/mail/mail';
import { conversationLocale } from '../platform/store/conversation-store';
import type { Store } from '../stores';
import { eventIn } from '../../core/event/event-language';
import { classify, type OutboxSender } from './outbox-sender';
import { registrantCalendar } from './registrant-calendar';

/**
 * Delivers to people known by a verified address (registered on the web) by mail, and to
 * everyone else through `teams`: one outbox, two channels, chosen by who the recipient is.
 */
export function byChannel(teams: OutboxSender, mail: OutboxSender): OutboxSender {
  return {
    send: (row, conversation) =>
      isEmailPerson(row.recipient) ? mail.send(row, conversation) : teams.send(row, conversation),
  };
}

/**
 * Sends an outbox row as a mail: the same words the Teams chat would show (the row's text, or
 * its card read as text), in the person's language, to the registration's (verified) address;
 * the login details with the event's `.ics` attached.
 */
export function mailSender(mailer: Mailer, store: Store, now: () => Date): OutboxSender {
  return {
    async send(row, conversation) {
      const { tenantId, aadObjectId } = row.recipient;
      const registration = await store.registrations.findByUser(row.eventId, tenantId, aadObjectId);
      if (!registration) return { kind: 'status', status: 404, detail: 'registration is gone' };
      const t = translatorFor(conversationLocale(conversation));
      const calendar =
        row.kind === 'loginDetails'
          ? await registrantCalendar(store, row.eventId, registration.id, now())
          : undefined;
      const attachments: MailAttachment[] = calendar
        ? [{ name: calendar.fileName, contentType: 'text/calendar', content: calendar.ics }]
        : [];
      const stored = await store.events.get(row.eventId);
      const title = stored ? eventIn(stored, t).title : '';
      const mail = mailOf(row.kind, row.payload, { registration, title }, t, attachments);
      try {
        await mailer.send(mail);
        return { kind: 'sent' };
      } catch (error) {
        return classify(error, now());
      }
    },
  };
}

function mailOf(
  kind: OutboxKind,
  payload: Record<string, unknown>,
  about: { registration: Registration; title: string },
  t: Translate,
  attachments: MailAttachment[],
): Mail {
  const { registration, title } = about;
  const reference = registration.referenceCode;
  // "Received" is written at send time, from the registration: its payload carries nothing.
  const blocks: MailBlock[] =
    kind === 'received'
      ? [
          { kind: 'paragraph', text: t('mail.received.body', { title, reference }) },
          { kind: 'paragraph', text: t('mail.received.next') },
          { kind: 'paragraph', text: t('mail.received.change') },
        ]
      : typeof payload.text === 'string'
        ? payload.text.split(/\n{2,}/).map((text) => ({ kind: 'paragraph', text }))
        : cardMailBlocks(
            (payload.attachments as Array<{ content?: unknown }> | undefined)?.[0]?.content,
          );
  if (attachments.length > 0) blocks.push({ kind: 'paragraph', text: t('mail.calendarAttached') });
  blocks.push({ kind: 'paragraph', text: t('mail.footer') });
  return {
    to: registration.email,
    subject: subjectOf(kind, about, t),
    ...mailBody(t.language, blocks),
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

function subjectOf(
  kind: OutboxKind,
  { registration: r, title }: { registration: Registration; title: string },
  t: Translate,
): string {
  switch (kind) {
    case 'status':
    case 'matchProposal':
    case 'matchSchedule':
      return t('mail.status.subject', { title, reference: r.referenceCode });
    case 'loginDetails':
      return t('mail.login.subject', { title });
    case 'reminder':
      return t('mail.reminder.subject', { title });
    case 'inputPublished':
      return t('mail.published.subject');
    case 'speakingPlace':
      return t('mail.speakingPlace.subject', { title });
    case 'received':
      return t('mail.received.subject', { title, reference: r.referenceCode });
  }
}
