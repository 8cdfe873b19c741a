import { isOnChairTeam, type ChairTeam } from './chair-team';

/** What a person may do in a meeting's speaking queue. */
export type Role = 'chair' | 'attendee';

/** The meeting roles Teams reports (`TeamsInfo.getMeetingParticipant` -> `meeting.role`). */
export type MeetingRole = 'Organizer' | 'Presenter' | 'Attendee';

export interface RoleInput {
  chairTeam: ChairTeam;
  tenantId: string;
  aadObjectId: string;
  /** A directory-controlled email, when there is one. */
  email?: string;
  /** The platform's meeting role, as reported; unknown or absent values count as attendee. */
  meetingRole?: string;
}

/** Chair when on the chair's team or the meeting's organizer or a presenter; else attendee. */
export function roleOf(input: RoleInput): Role {
  if (isOnChairTeam(input.chairTeam, input)) return 'chair';
  return isChairingMeetingRole(input.meetingRole) ? 'chair' : 'attendee';
}

function isChairingMeetingRole(meetingRole: string | undefined): boolean {
  return meetingRole === 'Organizer' || meetingRole === 'Presenter';
}
