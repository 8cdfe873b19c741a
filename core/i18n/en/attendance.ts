/** Texts of lobby/presenter settings and the attendance report after a meeting. */
export const ATTENDANCE_EN = {
  'attendance.options.applied':
    "Teams meeting options set: invited stakeholders skip the lobby (also by phone) and only the Chair's team presents.",
  'attendance.options.refused':
    'Microsoft Graph refused to set the lobby and presenters of the Teams meeting (403). The meeting works, but everyone waits in the lobby and all may present. Fix: grant the app the application permission OnlineMeetings.ReadWrite.All (and OnlineMeetingArtifact.Read.All for attendance) with admin consent, then in Teams PowerShell run New-CsApplicationAccessPolicy -Identity MeetingsApp -AppIds <app id> and Grant-CsApplicationAccessPolicy -PolicyName MeetingsApp -Identity {organizer}.',
  'attendance.options.failed':
    "The lobby and presenters of the Teams meeting could not be set (see the service log); the meeting works with the tenant defaults. Ask the Chair's team to retry later.",
  'attendance.error.unknownEvent': 'There is no event with that id. Nothing was changed.',
  'attendance.error.noMeeting':
    'This event has no Teams meeting yet (it is created with the first confirmation), so there is no attendance to report.',
  'attendance.error.noReport':
    'Teams has no attendance report for this meeting yet. Reports appear a few minutes after the meeting ends; try again later.',
  'attendance.error.offline':
    'Local meeting (offline mode): no Microsoft Graph credentials are configured, so there is no Teams attendance report. Set the GRAPH_ settings to read real attendance.',
  'attendance.error.refused':
    'Microsoft Graph refused to read the attendance report (403). Fix: grant the app the application permission OnlineMeetingArtifact.Read.All with admin consent, and cover the organizer {organizer} with a Teams application access policy (New-CsApplicationAccessPolicy, then Grant-CsApplicationAccessPolicy -PolicyName <policy> -Identity {organizer}).',
  'attendance.error.failed': 'The attendance report could not be read. Reason: {reason}',
  'attendance.report.summary':
    'Attendance: {attended} registrants attended, {absent} confirmed did not, {unmatched} other participants. Download the CSV (single use, valid 15 minutes): {url}',
  'attendance.report.row':
    '{name}: {attendees} attended, {attended} min in the meeting, {spoken} min speaking',
  'attendance.report.groups': 'Groups and coalitions:',
} as const;
