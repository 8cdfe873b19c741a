import { COMMON_ZH } from './zh/common';
import { EVENT_ZH } from './zh/event';
import { REGISTRATION_ZH } from './zh/registration';
import { BOT_ZH } from './zh/bot';
import { CARDS_ZH } from './zh/cards';
import { QUEUE_ZH } from './zh/queue';
import { ROUNDTABLE_ZH } from './zh/roundtable';
import { ROUNDTABLE_BOT_ZH } from './zh/roundtable-bot';
import { TAB_ZH } from './zh/tab';
import { MEETING_ZH } from './zh/meeting';
import { MEETING_BOT_ZH } from './zh/meeting-bot';
import { AUTH_ZH } from './zh/auth';
import { OUTBOX_ZH } from './zh/outbox';
import { SESSIONS_ZH } from './zh/sessions';
import { LANGUAGE_ZH } from './zh/language';
import { EXPORTS_ZH } from './zh/exports';
import { WRITTEN_INPUT_REVIEW_ZH } from './zh/written-input-review';
import { ATTENDANCE_ZH } from './zh/attendance';
import { LIMITS_ZH } from './zh/limits';
import type { EN } from './messages-en';
import type { Translation } from './translation';

/** Chinese (Simplified) texts, one file per area like the English ones; the type demands every English key. */
export const ZH: Translation<typeof EN> = {
  ...COMMON_ZH,
  ...EVENT_ZH,
  ...REGISTRATION_ZH,
  ...BOT_ZH,
  ...CARDS_ZH,
  ...QUEUE_ZH,
  ...ROUNDTABLE_ZH,
  ...ROUNDTABLE_BOT_ZH,
  ...TAB_ZH,
  ...MEETING_ZH,
  ...MEETING_BOT_ZH,
  ...AUTH_ZH,
  ...OUTBOX_ZH,
  ...SESSIONS_ZH,
  ...LANGUAGE_ZH,
  ...EXPORTS_ZH,
  ...WRITTEN_INPUT_REVIEW_ZH,
  ...ATTENDANCE_ZH,
  ...LIMITS_ZH,
};
