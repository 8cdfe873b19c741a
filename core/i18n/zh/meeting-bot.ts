import type { MEETING_BOT_EN } from '../en/meeting-bot';
import type { Translation } from '../translation';

/** Chinese texts of the bot inside a Teams meeting: targeted notifications and meeting links. */
export const MEETING_BOT_ZH: Translation<typeof MEETING_BOT_EN> = {
  'meetingBot.notice.nowSpeaking': '现在请您发言',
  'meetingBot.notice.upNext': '发言名单上下一位是您',
  'meetingBot.link.invalidMeetingId':
    'Teams 会议标识缺失或无效。请在会议中打开本应用并重新保存其设置。',
};
