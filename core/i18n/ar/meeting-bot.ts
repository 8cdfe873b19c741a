import type { MEETING_BOT_EN } from '../en/meeting-bot';
import type { Translation } from '../translation';

/** Arabic texts of the bot inside a Teams meeting: targeted notifications and meeting links. */
export const MEETING_BOT_AR: Translation<typeof MEETING_BOT_EN> = {
  'meetingBot.notice.nowSpeaking': 'الكلمة لكم الآن',
  'meetingBot.notice.upNext': 'دوركم هو التالي في قائمة المتكلمين',
  'meetingBot.link.invalidMeetingId':
    'معرِّف اجتماع Teams مفقود أو غير صالح. افتحوا التطبيق داخل الاجتماع واحفظوا إعداداته مرة أخرى.',
};
