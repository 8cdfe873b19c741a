import { COMMON_RU } from './ru/common';
import { EVENT_RU } from './ru/event';
import { REGISTRATION_RU } from './ru/registration';
import { BOT_RU } from './ru/bot';
import { CARDS_RU } from './ru/cards';
import { QUEUE_RU } from './ru/queue';
import { ROUNDTABLE_RU } from './ru/roundtable';
import { ROUNDTABLE_BOT_RU } from './ru/roundtable-bot';
import { TAB_RU } from './ru/tab';
import { MEETING_RU } from './ru/meeting';
import { MEETING_BOT_RU } from './ru/meeting-bot';
import { AUTH_RU } from './ru/auth';
import { OUTBOX_RU } from './ru/outbox';
import { SESSIONS_RU } from './ru/sessions';
import { LANGUAGE_RU } from './ru/language';
import { EXPORTS_RU } from './ru/exports';
import { WRITTEN_INPUT_REVIEW_RU } from './ru/written-input-review';
import { ATTENDANCE_RU } from './ru/attendance';
import { LIMITS_RU } from './ru/limits';
import type { EN } from './messages-en';
import type { Translation } from './translation';

/** Russian texts, one file per area like the English ones; the type demands every English key. */
export const RU: Translation<typeof EN> = {
  ...COMMON_RU,
  ...EVENT_RU,
  ...REGISTRATION_RU,
  ...BOT_RU,
  ...CARDS_RU,
  ...QUEUE_RU,
  ...ROUNDTABLE_RU,
  ...ROUNDTABLE_BOT_RU,
  ...TAB_RU,
  ...MEETING_RU,
  ...MEETING_BOT_RU,
  ...AUTH_RU,
  ...OUTBOX_RU,
  ...SESSIONS_RU,
  ...LANGUAGE_RU,
  ...EXPORTS_RU,
  ...WRITTEN_INPUT_REVIEW_RU,
  ...ATTENDANCE_RU,
  ...LIMITS_RU,
};
