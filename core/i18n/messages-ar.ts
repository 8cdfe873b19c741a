import { COMMON_AR } from './ar/common';
import { EVENT_AR } from './ar/event';
import { REGISTRATION_AR } from './ar/registration';
import { BOT_AR } from './ar/bot';
import { CARDS_AR } from './ar/cards';
import { QUEUE_AR } from './ar/queue';
import { ROUNDTABLE_AR } from './ar/roundtable';
import { ROUNDTABLE_BOT_AR } from './ar/roundtable-bot';
import { TAB_AR } from './ar/tab';
import { MEETING_AR } from './ar/meeting';
import { MEETING_BOT_AR } from './ar/meeting-bot';
import { AUTH_AR } from './ar/auth';
import { OUTBOX_AR } from './ar/outbox';
import { SESSIONS_AR } from './ar/sessions';
import { LANGUAGE_AR } from './ar/language';
import { EXPORTS_AR } from './ar/exports';
import { WRITTEN_INPUT_REVIEW_AR } from './ar/written-input-review';
import { ATTENDANCE_AR } from './ar/attendance';
import { LIMITS_AR } from './ar/limits';
import type { EN } from './messages-en';
import type { Translation } from './translation';

/** Arabic texts, one file per area like the English ones; the type demands every English key. */
export const AR: Translation<typeof EN> = {
  ...COMMON_AR,
  ...EVENT_AR,
  ...REGISTRATION_AR,
  ...BOT_AR,
  ...CARDS_AR,
  ...QUEUE_AR,
  ...ROUNDTABLE_AR,
  ...ROUNDTABLE_BOT_AR,
  ...TAB_AR,
  ...MEETING_AR,
  ...MEETING_BOT_AR,
  ...AUTH_AR,
  ...OUTBOX_AR,
  ...SESSIONS_AR,
  ...LANGUAGE_AR,
  ...EXPORTS_AR,
  ...WRITTEN_INPUT_REVIEW_AR,
  ...ATTENDANCE_AR,
  ...LIMITS_AR,
};
