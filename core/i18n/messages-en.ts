import { COMMON_EN } from './en/common';
import { EVENT_EN } from './en/event';
import { REGISTRATION_EN } from './en/registration';
import { BOT_EN } from './en/bot';
import { CARDS_EN } from './en/cards';
import { QUEUE_EN } from './en/queue';
import { ROUNDTABLE_EN } from './en/roundtable';
import { ROUNDTABLE_BOT_EN } from './en/roundtable-bot';
import { TAB_EN } from './en/tab';
import { MEETING_EN } from './en/meeting';
import { MEETING_BOT_EN } from './en/meeting-bot';
import { AUTH_EN } from './en/auth';
import { OUTBOX_EN } from './en/outbox';
import { SESSIONS_EN } from './en/sessions';
import { LANGUAGE_EN } from './en/language';
import { EXPORTS_EN } from './en/exports';
import { ATTENDANCE_EN } from './en/attendance';
import { LIMITS_EN } from './en/limits';

/**
 * English texts, the reference language. One file per area keeps edits apart; keys are
 * dotted by area and must be unique across files (the catalog spec checks).
 */
export const EN = {
  ...COMMON_EN,
  ...EVENT_EN,
  ...REGISTRATION_EN,
  ...BOT_EN,
  ...CARDS_EN,
  ...QUEUE_EN,
  ...ROUNDTABLE_EN,
  ...ROUNDTABLE_BOT_EN,
  ...TAB_EN,
  ...MEETING_EN,
  ...MEETING_BOT_EN,
  ...AUTH_EN,
  ...OUTBOX_EN,
  ...SESSIONS_EN,
  ...LANGUAGE_EN,
  ...EXPORTS_EN,
  ...ATTENDANCE_EN,
  ...LIMITS_EN,
} as const;
