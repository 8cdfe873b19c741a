/** Texts of the Teams meeting: the invitation, the offline stand-in and Graph failures. */
export const MEETING_EN = {
  'meeting.invitation.topic': 'Topic',
  'meeting.invitation.guidingQuestions': 'Guiding questions',
  'meeting.invitation.joinHint':
    'Join with the Teams link in this invitation. Please join a few minutes early; you will be admitted from the lobby.',
  'meeting.cancel.comment': 'The meeting "{title}" has been cancelled by the Chair\'s team.',
  'meeting.offline.label':
    'Local meeting (offline mode: no Microsoft Graph credentials are configured, so no Teams meeting or invitation was created).',
  'meeting.offline.created':
    'Offline mode: created local meeting {meetingId} for "{title}" at {joinUrl}. Set GRAPH_CLIENT_ID, GRAPH_TENANT_ID, GRAPH_CLIENT_SECRET (or GRAPH_CLIENT_CERTIFICATE_PATH) and GRAPH_ORGANIZER to create real Teams meetings.',
  'meeting.error.calendarPermission':
    'Microsoft Graph refused to create the meeting (403). Fix: grant the app the application permission Calendars.ReadWrite in Entra ID and give admin consent.',
  'meeting.error.mailboxAccessPolicy':
    'Microsoft Graph refused access to the organizer mailbox {organizer} (403, blocked by an Exchange application access policy). Fix: add the organizer to the mail-enabled group the policy allows (New-ApplicationAccessPolicy / Test-ApplicationAccessPolicy).',
  'meeting.error.teamsAccessPolicy':
    'Microsoft Graph refused the online meeting (403, no Teams application access policy). Fix: New-CsApplicationAccessPolicy with the app id, then Grant-CsApplicationAccessPolicy to the organizer {organizer}.',
  'meeting.error.organizerNotFound':
    'The meeting organizer {organizer} does not exist in the tenant (404). Fix: set GRAPH_ORGANIZER to the user principal name or object id of a licensed user.',
  'meeting.error.organizerWithoutMailbox':
    'The meeting organizer {organizer} has no Exchange Online mailbox (404). Fix: give that user an Exchange Online licence, or set GRAPH_ORGANIZER to a user who has one.',
  'meeting.error.attendeeWithoutMailbox':
    'Microsoft Graph rejected an attendee address (no mailbox can receive it). Fix: correct the email in that registration, then confirm it again.',
  'meeting.error.tooManyAttendees':
    'A Teams meeting invitation can list at most {max} attendees. Fix: invite the others through a distribution list or a second session.',
  'meeting.error.authentication':
    'The app could not sign in to Microsoft Entra ID. Fix: check GRAPH_TENANT_ID, GRAPH_CLIENT_ID and the client secret or certificate (expired secrets are the usual cause).',
  'meeting.error.throttled':
    'Microsoft Graph is throttling requests and retries did not succeed. Fix: nothing to change; try again in a few minutes.',
  'meeting.error.unavailable':
    'Microsoft Graph is unavailable ({status}). Fix: nothing to change; try again in a few minutes.',
  'meeting.error.network':
    'Microsoft Graph could not be reached (network error). Fix: check the outbound connection (proxy, firewall, DNS) to graph.microsoft.com and login.microsoftonline.com, and GRAPH_BASE_URL and GRAPH_AUTHORITY_HOST if you changed them.',
  'meeting.error.invalidRequest':
    'Microsoft Graph rejected the request as invalid ({detail}). Fix: this is a defect in the app; report it with the log entry.',
  'meeting.error.meetingNotFound':
    'The Teams meeting no longer exists on the organizer calendar (404). Fix: create the meeting again.',
  'meeting.error.unexpected':
    'Microsoft Graph answered {status} unexpectedly. Fix: see the log entry for the Graph error code.',
} as const;
