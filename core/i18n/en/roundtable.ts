/** Texts of the roundtable area: its event fields, invitations, matchmaking and breakouts. */
export const ROUNDTABLE_EN = {
  'roundtable.field.invalidShortId':
    'Use 1-32 lowercase letters, digits and hyphens, starting with a letter or digit.',
  'roundtable.field.numberTooSmall': 'Use a number of at least {min}.',
  'roundtable.field.numberTooLarge': 'Use a number of at most {max}.',
  'roundtable.field.unknownThematicArea': 'No thematic area of the event has the id "{id}".',
  'roundtable.field.unknownRegion': 'No region of the event has the id "{id}".',
  'roundtable.field.matchmakingOnly': 'Only a matchmaking session has slots and tables.',
  'roundtable.field.slotOutsideSession': 'The slot must lie within the session ({start} to {end}).',
  'roundtable.field.slotsOverlap': 'This slot overlaps the slot "{id}".',
  'roundtable.field.duplicateChoice': 'The choice "{id}" is given twice.',
  'roundtable.field.unknownState': 'Choose a Member State or Observer State of the United Nations.',
  'roundtable.field.invalidDate': 'This date is not valid.',

  'roundtable.programme.current': 'Now: {title}, until {end}.',
  'roundtable.programme.next': 'Next: {title}, at {start}.',
  'roundtable.programme.nothingLeft': 'The programme has ended.',
  'roundtable.programme.badZone':
    '"{zone}" is not a time zone this service knows. Use an IANA name such as Europe/Zurich.',
  'roundtable.api.unknownEvent': 'There is no event with this id.',
  'roundtable.api.notRoundtable': 'This event is not an in-person roundtable.',
  'roundtable.api.chairOnly': "Only the Chair's team can see and export these lists.",
  'roundtable.api.notRegistered': 'You are not registered for this roundtable.',
  'roundtable.api.badAnswer': 'Answer with "accept" or "decline".',

  'roundtable.level.minister': 'Minister',
  'roundtable.level.deputyMinister': 'Deputy Minister',
  'roundtable.level.ambassador': 'Ambassador',
  'roundtable.level.other': 'Other',
  'roundtable.invitation.status.noAnswer': 'No answer yet',
  'roundtable.invitation.status.accepted': 'Accepted',
  'roundtable.invitation.status.declined': 'Declined',
  'roundtable.invitation.stale':
    'This invitation was changed by someone else in the meantime; reload it and try again.',
  'roundtable.invitation.alreadyAccepted':
    'The invitation is already accepted; change the head of delegation instead.',
  'roundtable.invitation.alreadyDeclined': 'The invitation is already declined.',
  'roundtable.invitation.notAccepted': 'The invitation has not been accepted.',
  'roundtable.invitation.noAnswerYet': 'There is no answer to clear.',
  'roundtable.invitation.remarksAlreadyRequested':
    'Brief opening remarks are already requested; the first request keeps its place.',
  'roundtable.invitation.remarksNotRequested': 'No opening remarks were requested.',

  'roundtable.matchmaking.status.proposed': 'Proposed',
  'roundtable.matchmaking.status.acceptedByProvider': 'Accepted by the provider',
  'roundtable.matchmaking.status.acceptedByState': 'Accepted by the State',
  'roundtable.matchmaking.status.matched': 'Matched',
  'roundtable.matchmaking.status.declined': 'Declined',
  'roundtable.matchmaking.alreadyAccepted': 'You have already accepted this meeting.',
  'roundtable.matchmaking.alreadyDeclined': 'This meeting was declined.',
  'roundtable.matchmaking.unplaced.noSlots': 'The matchmaking session has no slots or tables.',
  'roundtable.matchmaking.unplaced.partiesBusy':
    'In every slot, one side already has another meeting.',
  'roundtable.matchmaking.unplaced.tablesFull':
    'Every table is taken in the slots where both sides are free.',

  'roundtable.breakout.unknownGroup': 'There is no breakout group "{id}".',
  'roundtable.breakout.unknownParticipant': 'This participant is not in the breakout plan.',
  'roundtable.breakout.alreadyInGroup': 'The participant is already in this group.',
  'roundtable.breakout.groupFull':
    'The group is full ({capacity} seats); confirm to place the participant anyway.',
  'roundtable.breakout.overflow':
    '{count} participants have no seat: the groups hold {capacity} in all. Add seats or place them by hand.',
} as const;
