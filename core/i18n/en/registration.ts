/** Texts of the registration journey: validation, outcomes, statuses and written input. */
export const REGISTRATION_EN = {
  'registration.status.pending': "Pending confirmation by the Chair's team",
  'registration.status.confirmed': 'Confirmed',
  'registration.status.waitlisted': 'On the waiting list',
  'registration.status.declined': 'Declined',
  'registration.status.withdrawn': 'Withdrawn',
  'registration.form.consentRequired': 'Please agree to the privacy notice to register.',
  'registration.form.groupNameRequired':
    'Please name the group or coalition these member organizations belong to.',
  'registration.form.tooManyMembers': 'Please list at most {max} member organizations.',
  'registration.form.memberTooLong': 'Please keep each member organization under {max} characters.',
  'registration.form.fixErrors':
    'Please correct the fields marked below; nothing has been saved yet.',
  'registration.notOpen':
    'Registration for "{title}" opens on {opens} ({opensLocal} your time). Please come back then.',
  'registration.closed':
    'Registration for "{title}" closed on {deadline} ({deadlineLocal} your time). Nothing was changed.',
  'registration.closedForEdits':
    'Changes were possible until {deadline} ({deadlineLocal} your time). Please contact {contact} if something must change.',
  'registration.alreadyRegistered':
    'You are already registered for this event. Here is your registration; you can edit it until the deadline.',
  'registration.notSaved':
    'Your registration could not be saved, and nothing of it was kept. Your answers are below: please send the form again.',
  'registration.stale':
    'Your registration changed since this card was shown (perhaps from another device). Here it is as it stands now; nothing was overwritten.',
  'registration.notFound': 'We could not find that registration. Type "register" to start again.',
  'registration.eventNotFound':
    'That event is no longer available. Type "register" to see the open events.',
  'registration.noneYet':
    'You have no registrations yet. Type "register" to see the events open for registration.',
  'registration.canRegisterAgain': 'You can register again until the deadline: type "register".',
  'registration.theChairsTeam': "the Chair's team",
  'registration.withdrawn': 'Your registration for "{title}" has been withdrawn.',
  'registration.alreadyWithdrawn': 'This registration was already withdrawn.',
  'registration.backToReview':
    "You changed who this registration is for (name, email, organization, category, country, job title or group), so it is back under review: the Chair's team will decide on it again.",
  'statement.received':
    'Thank you. Your written input for "{title}" was received on {when} and stored with your registration {reference}.',
  'statement.notRegistered':
    'Written input is accepted from registered participants. Type "register" to register first.',
  'statement.closed': 'Written input for "{title}" was accepted until the event ended on {end}.',
  'statement.refused.fileType':
    'Please send written input as a PDF, DOCX or TXT file. Nothing was stored.',
  'statement.refused.tooLarge':
    'The file is larger than 10 MB. Please send a smaller file. Nothing was stored.',
  'statement.refused.contentMismatch':
    'The file content does not match its name (expected a real {kind} file). Nothing was stored.',
  'statement.refused.empty': 'The statement is empty. Nothing was stored.',
  'statement.refused.textTooLong':
    'Please keep a typed statement under 20,000 characters, or send a file.',
  'statement.refused.controlCharacters':
    'The statement contains control characters that cannot be kept. Please retype it or send a file. Nothing was stored.',
  'statement.refused.fileName':
    'The file name is not acceptable. Please rename the file and send it again.',
  'statement.refused.download': 'We could not download the file from Teams. Please send it again.',
  'statement.refused.attachment':
    'This kind of attachment cannot be taken as written input. Please send a PDF, DOCX or TXT file.',
} as const;
