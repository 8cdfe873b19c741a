/** Texts of the queue area: refusals of speaking-queue commands and their audit labels. */
export const QUEUE_EN = {
  'queue.error.staleVersion':
    'The list of speakers changed while you were looking at it (version {version}, your screen showed {baseVersion}). Nothing was changed; please look again and retry.',
  'queue.error.unknownMeeting': 'There is no such meeting in this app. Check the tab settings.',
  'queue.error.chairOnly': 'Only the Chair can do this.',
  'queue.error.notYourEntry': 'You can only withdraw your own request for the floor.',
  'queue.error.notRegistered': 'Only registered participants can ask for the floor.',
  'queue.error.unknownCommand': 'This action is not recognised. Nothing was changed.',
  'queue.error.listClosed': 'The list of speakers is closed.',
  'queue.error.listAlreadyOpen': 'The list of speakers is already open.',
  'queue.error.listAlreadyClosed': 'The list of speakers is already closed.',
  'queue.error.listFull':
    'The list of speakers has reached its limit of {max} turns for this meeting.',
  'queue.error.alreadyWaiting': '{name} is already waiting to speak.',
  'queue.error.entryNotFound': 'That request for the floor ({entryId}) no longer exists.',
  'queue.error.notWaiting': '{name} is not waiting to speak any more.',
  'queue.error.notWaitingOrSpeaking': 'The turn of {name} is already over.',
  'queue.error.positionOutOfRange': 'Please choose a position from 1 to {max}.',
  'queue.error.nobodyWaiting': 'Nobody is waiting to speak.',
  'queue.error.nobodySpeaking': 'Nobody has the floor.',
  'queue.error.timerAlreadyStarted': 'The timer of this turn has already been started.',
  'queue.error.timerNotRunning': 'The timer is not running.',
  'queue.error.timerNotPaused': 'The timer is not paused.',
  'queue.error.nothingToUndo': 'There is no action of the Chair to undo.',
  'queue.error.undoConflict':
    'The last action ({action}) cannot be undone because the list changed since (the turn of {name}). Nothing was changed.',
  'queue.error.undoWouldDuplicate':
    'The last action ({action}) cannot be undone: {name} would then be waiting twice. Nothing was changed.',
  'queue.error.nameRequired': "Please enter the speaker's name.",
  'queue.error.nameTooLong': "Please keep the speaker's name under {max} characters.",
  'queue.error.organizationRequired': "Please enter the speaker's organization.",
  'queue.error.organizationTooLong': 'Please keep the organization under {max} characters.',
  'queue.error.registrationIdInvalid': 'The registration of this speaker is not valid.',
  'queue.error.onBehalfInvalid':
    'Please say whether you speak for your own organization or for a group or coalition.',
  'queue.error.onBehalfNotRegistered':
    'You can ask for the floor on behalf of your own organization or of the group you registered to speak for, not of "{group}". The Chair\'s team can add a statement on behalf of another group.',
  'queue.error.groupNameRequired': 'Please name the group or coalition.',
  'queue.error.groupNameTooLong': 'Please keep the group name under {max} characters.',
  'queue.error.groupMembersRequired': 'Please list the member organizations of the group.',
  'queue.error.tooManyMembers': 'Please list at most {max} member organizations.',
  'queue.error.memberTooLong': 'Please keep each member organization under {max} characters.',
  'queue.error.unknownQuestion': 'The guiding question "{questionId}" is not part of this event.',
  'queue.error.invalidKind': 'A turn is either a statement or a right of reply.',
  'queue.error.allottedOutOfRange':
    'Please allot between {min} and {max} seconds of speaking time.',
} as const;
