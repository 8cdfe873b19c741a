import type { MEETING_BOT_EN } from '../en/meeting-bot';
import type { Translation } from '../translation';

/** French texts of the bot inside a Teams meeting: targeted notifications and meeting links. */
export const MEETING_BOT_FR: Translation<typeof MEETING_BOT_EN> = {
  'meetingBot.notice.nowSpeaking': 'Vous avez la parole',
  'meetingBot.notice.upNext': 'Vous prendrez la parole juste après l’orateur actuel',
  'meetingBot.link.invalidMeetingId':
    'L’identifiant de la réunion Teams est manquant ou non valide. Ouvrez l’application dans la réunion et enregistrez de nouveau ses paramètres.',
};
