/** Texts of the confirmation flow: status messages, login details, reminders, chair replies. */
export const OUTBOX_EN = {
  'outbox.status.confirmed':
    'Your registration {reference} for "{title}" is confirmed. Your login details follow in a separate message.',
  'outbox.status.waitlisted':
    'Your registration {reference} for "{title}" is on the waiting list. We will write to you if a place becomes free.',
  'outbox.status.declined':
    'We are sorry: your registration {reference} for "{title}" could not be accepted.',
  'outbox.status.pending': 'Your registration {reference} for "{title}" is being reviewed again.',
  'outbox.status.withdrawn': 'Your registration {reference} for "{title}" is withdrawn.',
  'outbox.login.heading': 'Your login details',
  'outbox.login.intro': '"{title}": join with the link below, a few minutes before the start.',
  'outbox.login.when': 'When',
  'outbox.login.yourTime': 'Your time: {time}',
  'outbox.login.joinLink': 'Join link',
  'outbox.login.reference': 'Your reference',
  'outbox.login.guidingQuestions': 'Guiding questions',
  'outbox.login.speaking': 'Speaking arrangements',
  'outbox.login.speakingYes':
    'You asked to speak. Interventions are limited to {minutes} minutes; the Chair gives the floor in the order of the speaking queue.',
  'outbox.login.speakingGroup':
    'You asked to speak for "{group}". Interventions are limited to {minutes} minutes; the Chair gives the floor in the order of the speaking queue.',
  'outbox.login.speakingNo':
    'You are registered to listen. If you wish to speak after all, ask to join the speaking queue during the meeting.',
  'outbox.login.join': 'Join the meeting',
  'outbox.login.calendar': 'Add to calendar (.ics)',
  'outbox.reminder.text':
    'Reminder: "{title}" starts {when}. Join: {joinUrl} (your reference: {reference}).',
  'outbox.reminder.inMinutes': 'in {minutes} minutes, at {time}',
  'outbox.reminder.inHours': 'in {hours} hours, at {time}',
  'outbox.calendar.description':
    'Join: {joinUrl}\nYour reference: {reference}\n\nGuiding questions:\n{questions}',
  'outbox.calendar.invalid': 'This calendar link is unknown or expired.',
  'outbox.chair.usage':
    'Type "confirm REG-XXXX-XXXX", "decline REG-XXXX-XXXX", "waitlist REG-XXXX-XXXX", "confirm all pending", "capacity 40" or "capacity none", "delivery" to see what has been sent, and "attendance" for the attendance report after the meeting.',
  'outbox.chair.notFound': 'No registration has the reference {reference}.',
  'outbox.chair.whichEvent':
    'Several events could be meant. Add the event id at the end: {events}.',
  'outbox.chair.noEvent': 'There is no event to apply this to.',
  'outbox.chair.result':
    '"{title}": {confirmed} confirmed, {waitlisted} waitlisted, {declined} declined, {unchanged} unchanged. {capacity}. The messages are on their way.',
  'outbox.chair.capacity': 'Capacity {capacity}, {confirmed} confirmed now',
  'outbox.chair.noCapacity': 'No capacity set, {confirmed} confirmed now',
  'outbox.chair.capacitySet': '"{title}": {capacity}.',
  'outbox.chair.conflict':
    '{count} registrations changed meanwhile and were left as they are; try again.',
  'outbox.chair.meetingFailed':
    'The meeting could not be created, so nobody was confirmed. {reason}',
  'outbox.chair.delivery':
    '"{title}": {sent} sent, {pending} waiting, {failed} failed, {cancelled} no longer needed.',
  'outbox.chair.failedRow': '{reference} ({kind}): {reason}',
  'outbox.api.unknownEvent': 'There is no such event in this app.',
  'outbox.api.chairOnly': "Only the Chair's team can manage registrations and their messages.",
  'outbox.api.badDecision': 'The decision must be "confirm", "decline" or "waitlist".',
  'outbox.api.badIds':
    'Name the registrations as a list of registration ids, or as "allPending" for everyone pending.',
  'outbox.api.tooManyIds': 'At most {max} registrations can be decided at once.',
  'outbox.api.unknownIds':
    'Some registrations are not registrations for this event, so nothing was changed: {ids}.',
  'outbox.api.badRetryIds': 'Name the messages to retry as a list of message ids.',
  'outbox.install.notConfigured':
    'Teams will not open a chat with this person because the app is not installed for them: ask them to open the bot in Teams once, or set TEAMS_APP_ID and the GRAPH_* settings so that the app installs itself for them.',
  'outbox.install.notReady':
    'The app was installed for this person; Teams has not opened the chat with them yet. Trying again.',
  'outbox.install.notInCatalog':
    'The app (TEAMS_APP_ID {teamsAppId}) is not in the tenant app catalog, so it cannot be installed for people who never chatted with the bot: upload the app package to the Teams admin center.',
  'outbox.install.forbidden':
    'Graph refused to install the app for this person ({detail}): grant the application permissions TeamsAppInstallation.ReadWriteSelfForUser.All and AppCatalog.Read.All with admin consent, and allow the app in the Teams app permission policy.',
  'outbox.install.userNotFound':
    'Graph does not know this person in the tenant ({detail}); they may have left the organization.',
  'outbox.install.authentication':
    'The app could not sign in to Graph to install itself for this person ({detail}): check GRAPH_CLIENT_ID, GRAPH_TENANT_ID and the secret or certificate.',
  'outbox.install.throttled': 'Graph is throttling app installations ({detail}); trying again.',
  'outbox.install.unavailable':
    'Graph was unavailable while installing the app for this person ({detail}); trying again.',
  'outbox.install.network':
    'Graph could not be reached to install the app for this person ({detail}); trying again.',
  'outbox.install.unexpected':
    'Installing the app for this person through Graph failed ({detail}).',
} as const;
