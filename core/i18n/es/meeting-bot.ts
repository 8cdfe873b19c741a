import type { MEETING_BOT_EN } from '../en/meeting-bot';
import type { Translation } from '../translation';

/** Spanish texts of the bot inside a Teams meeting: targeted notifications and meeting links. */
export const MEETING_BOT_ES: Translation<typeof MEETING_BOT_EN> = {
  'meetingBot.notice.nowSpeaking': 'Tiene la palabra',
  'meetingBot.notice.upNext': 'Su turno es el siguiente en la lista de oradores',
  'meetingBot.link.invalidMeetingId':
    'Falta el identificador de la reunión de Teams o no es válido. Abra la aplicación dentro de la reunión y vuelva a guardar su configuración.',
};
