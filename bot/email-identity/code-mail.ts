import { translatorFor } from '../../core/i18n/catalog';
import { mailBody } from '../../core/outbox/mail-body';
import type { Mail } from '../platform/mail/mail';

/** The mail that carries a verification code, in the language of the chat it was asked in. */
export function codeMail(to: string, code: string, language: string): Mail {
  const t = translatorFor(language);
  const body = mailBody(t.language, [
    { kind: 'paragraph', text: t('mail.code.body', { code }) },
    { kind: 'paragraph', text: t('mail.code.ignore') },
  ]);
  return { to, subject: t('mail.code.subject', { code }), ...body };
}
