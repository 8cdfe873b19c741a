/** Texts of the speakers' lists per programme session: refusals and the tab's session picker. */
export const SESSIONS_EN = {
  'queue.error.unknownSession':
    'There is no session "{session}" with a list of speakers in this event. Nothing was changed. Its sessions are: {sessions}.',
  'queue.error.sessionMissing': 'Name the session to show (sessionId). Nothing was changed.',
  'tab.session.label': 'Session',
  'tab.session.hintChair': 'Choosing a session shows its list of speakers on the stage too.',
  'tab.session.hintAttendee': 'The list of speakers of the session you choose.',
  'tab.session.groupOption': '{session}: {group}',
  'tab.session.chooseFailed': 'The session could not be changed. Please try again.',
} as const;
