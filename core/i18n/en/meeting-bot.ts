/** Texts of the bot inside a Teams meeting: targeted notifications and meeting links. */
export const MEETING_BOT_EN = {
  'meetingBot.notice.nowSpeaking': 'You have the floor',
  'meetingBot.notice.upNext': 'You are next on the list of speakers',
  'meetingBot.link.invalidMeetingId':
    'The Teams meeting id is missing or not valid. Open the app inside the meeting and save its settings again.',
} as const;
