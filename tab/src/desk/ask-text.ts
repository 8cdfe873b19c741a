import type { DecisionPreviewResponse } from '../api/api-types';
import type { T } from '../i18n/texts';

/** The ask-first dialog's words for a decision: who ends where, and the messages it sends. */
export function askText(
  t: T,
  decision: 'confirm' | 'decline' | 'waitlist',
  p: DecisionPreviewResponse,
): string {
  return [
    ...(decision === 'confirm' && p.waitlisted > 0
      ? [t('tab.desk.ask.split', { confirmed: p.confirmed, waitlisted: p.waitlisted })]
      : []),
    ...(p.unchanged > 0 ? [t('tab.desk.ask.unchanged', { count: p.unchanged })] : []),
    t('tab.desk.ask.now', { messages: p.messagesNow }),
    ...(p.reminders > 0 ? [t('tab.desk.ask.later', { reminders: p.reminders })] : []),
  ].join(' ');
}
