import { COMMON_FR } from './fr/common';
import { EVENT_FR } from './fr/event';
import { REGISTRATION_FR } from './fr/registration';
import { BOT_FR } from './fr/bot';
import { CARDS_FR } from './fr/cards';
import { QUEUE_FR } from './fr/queue';
import { ROUNDTABLE_FR } from './fr/roundtable';
import { ROUNDTABLE_BOT_FR } from './fr/roundtable-bot';
import { TAB_FR } from './fr/tab';
import { MEETING_FR } from './fr/meeting';
import { MEETING_BOT_FR } from './fr/meeting-bot';
import { AUTH_FR } from './fr/auth';
import { OUTBOX_FR } from './fr/outbox';
import { SESSIONS_FR } from './fr/sessions';
import { LANGUAGE_FR } from './fr/language';
import { EXPORTS_FR } from './fr/exports';
import { WRITTEN_INPUT_REVIEW_FR } from './fr/written-input-review';
import { ATTENDANCE_FR } from './fr/attendance';
import { LIMITS_FR } from './fr/limits';
import type { EN } from './messages-en';
import type { Translation } from './translation';

/** French texts, one file per area like the English ones; the type demands every English key. */
export const FR: Translation<typeof EN> = {
  ...COMMON_FR,
  ...EVENT_FR,
  ...REGISTRATION_FR,
  ...BOT_FR,
  ...CARDS_FR,
  ...QUEUE_FR,
  ...ROUNDTABLE_FR,
  ...ROUNDTABLE_BOT_FR,
  ...TAB_FR,
  ...MEETING_FR,
  ...MEETING_BOT_FR,
  ...AUTH_FR,
  ...OUTBOX_FR,
  ...SESSIONS_FR,
  ...LANGUAGE_FR,
  ...EXPORTS_FR,
  ...WRITTEN_INPUT_REVIEW_FR,
  ...ATTENDANCE_FR,
  ...LIMITS_FR,
};
