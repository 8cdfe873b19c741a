import type { MEETING_BOT_EN } from '../en/meeting-bot';
import type { Translation } from '../translation';

/** Russian texts of the bot inside a Teams meeting: targeted notifications and meeting links. */
export const MEETING_BOT_RU: Translation<typeof MEETING_BOT_EN> = {
  'meetingBot.notice.nowSpeaking': 'Вам предоставляется слово',
  'meetingBot.notice.upNext': 'Следующее выступление в списке ораторов — ваше',
  'meetingBot.link.invalidMeetingId':
    'Идентификатор собрания Teams отсутствует или недействителен. Откройте приложение в собрании и снова сохраните его параметры.',
};
