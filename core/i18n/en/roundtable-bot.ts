/** Texts of the roundtable in chat: programme, invitations, matchmaking, breakouts. */
export const ROUNDTABLE_BOT_EN = {
  'rt.help':
    "Roundtable commands: programme, what's next, my matches, accept match ID, decline match ID, my schedule, breakout GROUP-IDS (in order of preference), my breakout. The Chair's team can also type: invitations, invite all, accept CODE LEVEL NAME, TITLE, decline CODE [reason], remarks CODE, invitations export, opening remarks, opening remarks to queue, matchmaking propose, matchmaking schedule, breakouts, breakouts assign, breakout move REF-CODE GROUP [force], breakouts export.",
  'rt.noEvent': 'There is no in-person roundtable to work on.',
  'rt.notRegistered':
    'You are not registered for the roundtable. Type "register" to see the events open for registration.',
  'rt.chairOnly': "This command is for the Chair's team only.",
  'rt.usage': 'I did not understand that roundtable command. {usage}',
  'rt.stale': 'Someone else changed this at the same moment; please try again.',

  'rt.programme.title': 'Programme: {title}',
  'rt.programme.zones': 'Times in {eventZone} (event) and {userZone} (yours).',
  'rt.programme.line': '{date} {start}-{end} ({userDate} {userStart}-{userEnd} your time): {title}',
  'rt.programme.location': 'Where: {location}',
  'rt.programme.moderators': 'Moderated by: {people}',
  'rt.programme.speakers': 'Speakers: {people}',
  'rt.programme.tbc': '{name} (to be confirmed)',
  'rt.programme.chooseEvent':
    'You are registered for several events; here is the programme of each.',
  'rt.whatsNext.title': "What's next: {title}",
  'rt.whatsNext.eventTime': 'Event time ({zone}): {time}',
  'rt.whatsNext.yourTime': 'Your time ({zone}): {time}',

  'rt.invitations.title': 'Invitations: {title}',
  'rt.invitations.counts':
    '{total} invited: {accepted} accepted, {declined} declined, {noAnswer} without answer; {remarks} asked to make opening remarks.',
  'rt.invitations.levels':
    'Accepted by level: {minister} ministers, {deputyMinister} deputy ministers, {ambassador} ambassadors, {other} other.',
  'rt.invitations.byStatus': '{status} ({count}): {states}',
  'rt.invitations.none':
    'No invitations yet. Type "invite all" to invite every Member and Observer State.',
  'rt.invitations.invited':
    '{added} new invitations created; {total} States are invited in all (Member and Observer States).',
  'rt.invitations.unknownState':
    '"{code}" is not the ISO code of a Member State or Observer State of the United Nations. Nothing was changed.',
  'rt.invitations.notInvited': '{state} has not been invited yet; type "invite all" first.',
  'rt.invitations.recorded': '{state}: {status}.',
  'rt.invitations.acceptedBy': '{state} accepted: {name}, {title} ({level}).',
  'rt.invitations.remarksRecorded':
    '{state}: opening remarks requested for {name}; place {position} in the order of speakers.',
  'rt.invitations.badLevel':
    'Give the level as minister, deputy minister, ambassador or other, e.g. "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.invitations.badAccept':
    'Write "accept CODE LEVEL NAME, TITLE", e.g. "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.remarks.title': 'Order of opening remarks: {title}',
  'rt.remarks.line': '{position}. {state}: {name}, {title} ({level})',
  'rt.remarks.none': 'No head of delegation has asked to make opening remarks yet.',
  'rt.remarks.queued':
    '{added} speakers added to the speaking queue in the order of precedence; {skipped} were already in it.',

  'rt.participation.heading': 'For the roundtable',
  'rt.participation.delegation': 'Delegation of (members of a State delegation)',
  'rt.participation.delegationPlaceholder': 'Choose the State',
  'rt.participation.areas':
    'Capacity-building areas: what you offer (providers) or what your State needs',
  'rt.participation.region': 'Region of your offer or need',
  'rt.participation.regionPlaceholder': 'Choose a region',
  'rt.participation.breakout': 'Breakout group, choice {rank}',
  'rt.participation.breakoutPlaceholder': 'No preference',
  'rt.participation.delegationRequired':
    'Choose the State whose delegation you belong to (it must have been invited).',
  'rt.participation.delegationOnlyForStates':
    'Only members of a Member State or Observer State delegation choose a delegation.',
  'rt.participation.notInvited': 'This State has not been invited to the roundtable.',
  'rt.participation.invalid': 'Some roundtable details were not valid: {details}',

  'rt.match.proposed':
    '{count} proposals in all ({added} new). Each side sees them with "my matches".',
  'rt.match.noDeclarations':
    'No proposal: no provider offer shares a thematic area with a State need yet.',
  'rt.match.title': 'Matchmaking proposals for you',
  'rt.match.told':
    '{count} new proposals are on their way to the people concerned, with Accept and Decline.',
  'rt.match.line': '{id}: {provider} with {state}; shared areas: {areas}. Status: {status}.',
  'rt.match.none': 'You have no matchmaking proposals.',
  'rt.match.accept': 'Accept {id}',
  'rt.match.decline': 'Decline {id}',
  'rt.match.unknown': 'There is no matchmaking proposal "{id}" for you.',
  'rt.match.answered': 'Recorded for {id}: {status}.',
  'rt.match.scheduled':
    '{meetings} meetings scheduled; {unplaced} matched pairs could not be placed.',
  'rt.match.unplacedLine': '{id}: {reason}',
  'rt.schedule.title': 'Your matchmaking meetings',
  'rt.schedule.told': "{count} new or changed schedules are on their way to people's chats.",
  'rt.schedule.line':
    '{start}-{end} event time ({userStart}-{userEnd} your time), {table}: {provider} with {state}',
  'rt.schedule.none': 'You have no scheduled matchmaking meetings yet.',

  'rt.breakout.saved': 'Your breakout preferences are saved: {groups}.',
  'rt.breakout.assigned':
    '{placed} participants placed in breakout groups; {overflow} without a seat.',
  'rt.breakout.noPlan': 'Breakout groups have not been assigned yet.',
  'rt.breakout.groupLine': '{title} ({count}/{capacity}): {people}',
  'rt.breakout.overflowLine': 'Without a seat: {people}',
  'rt.breakout.yours': 'Your breakout group: {title}{location}.',
  'rt.breakout.notPlaced': 'You have no breakout group yet.',
  'rt.breakout.moved': '{name} ({code}) is now in {title}.',
  'rt.breakout.unknownCode': 'No registrant of the roundtable has the reference code {code}.',
  'rt.breakout.none': 'This event has no breakout groups.',

  'rt.export.none': 'Nothing to export yet.',
} as const;
