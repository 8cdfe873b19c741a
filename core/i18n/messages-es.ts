import { COMMON_ES } from './es/common';
import { EVENT_ES } from './es/event';
import { REGISTRATION_ES } from './es/registration';
import { BOT_ES } from './es/bot';
import { CARDS_ES } from './es/cards';
import { QUEUE_ES } from './es/queue';
import { ROUNDTABLE_ES } from './es/roundtable';
import { ROUNDTABLE_BOT_ES } from './es/roundtable-bot';
import { TAB_ES } from './es/tab';
import { MEETING_ES } from './es/meeting';
import { MEETING_BOT_ES } from './es/meeting-bot';
import { AUTH_ES } from './es/auth';
import { OUTBOX_ES } from './es/outbox';
import { SESSIONS_ES } from './es/sessions';
import { LANGUAGE_ES } from './es/language';
import { EXPORTS_ES } from './es/exports';
import { WRITTEN_INPUT_REVIEW_ES } from './es/written-input-review';
import { ATTENDANCE_ES } from './es/attendance';
import { LIMITS_ES } from './es/limits';
import type { EN } from './messages-en';
import type { Translation } from './translation';

/** Spanish texts, one file per area like the English ones; the type demands every English key. */
export const ES: Translation<typeof EN> = {
  ...COMMON_ES,
  ...EVENT_ES,
  ...REGISTRATION_ES,
  ...BOT_ES,
  ...CARDS_ES,
  ...QUEUE_ES,
  ...ROUNDTABLE_ES,
  ...ROUNDTABLE_BOT_ES,
  ...TAB_ES,
  ...MEETING_ES,
  ...MEETING_BOT_ES,
  ...AUTH_ES,
  ...OUTBOX_ES,
  ...SESSIONS_ES,
  ...LANGUAGE_ES,
  ...EXPORTS_ES,
  ...WRITTEN_INPUT_REVIEW_ES,
  ...ATTENDANCE_ES,
  ...LIMITS_ES,
};
