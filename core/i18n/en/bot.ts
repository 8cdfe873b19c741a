/** Texts the bot writes in chat outside cards: greetings, help and refusals. */
export const BOT_EN = {
  'bot.welcome':
    "Welcome. I handle registration for the Chair's meetings with stakeholders: businesses, non-governmental organizations, academia and the technical community. Each participant registers individually here, before the deadline.",
  'bot.help':
    "You can type:\n- **register**: see the events open for registration and register\n- **my registration**: see, edit or withdraw your registration until the deadline\n- **statement**: send written input (or attach a PDF, DOCX or TXT file here)\n- **language fr**: change the language I write to you in (ar, en, es, fr, ru, zh)\n- **help**: this list\n\nThe Chair's team can also type **registrations** (counts per category), **export** (a CSV download link) and **inputs** (written input to publish or withhold).",
  'bot.unidentified':
    'Sorry, Teams did not tell me who you are (no Microsoft Entra identity on this message), so I cannot register you. Please use Microsoft Teams with your work or school account.',
  'bot.personalOnly':
    'Registration happens in a personal chat with me. Please open a 1:1 chat with the bot.',
  'bot.unknownAction': 'This card is out of date. Type "help" to see what you can do.',
  'organizer.refused': "This command is for the Chair's team only.",
  'organizer.noEvents': 'No events have been imported yet.',
  'organizer.exportLinkInvalid':
    'This export link is unknown, already used or expired. Ask the bot for a new one.',
  'notice.title.default': 'Stakeholder registration',
  'notice.title.warning': 'Please note',
  'notice.title.good': 'Done',
} as const;
