/**
 * Every Microsoft Graph call the service makes, with the application permission it needs.
 * Each call site names its entry in a `// graph: <operation>` comment on the line before the
 * `.api(...)` call; tests/graph/graph-permissions.test.ts checks those comments against this
 * table and the table against the Entra app manifest (infra/entra/aad.manifest.json) and the
 * permission table in docs/deployment.md, so the three cannot drift apart.
 */
export interface GraphCallPermission {
  /** Application permission (Entra "Role") Graph checks for this call. */
  permission: string;
  /** Also needs a Teams application access policy granted to the organizer. */
  accessPolicy?: boolean;
}

export const GRAPH_CALLS = {
  'GET /users/{user-id}': { permission: 'User.Read.All' },
  'POST /users/{user-id}/events': { permission: 'Calendars.ReadWrite' },
  'PATCH /users/{user-id}/events/{event-id}': { permission: 'Calendars.ReadWrite' },
  'POST /users/{user-id}/events/{event-id}/cancel': { permission: 'Calendars.ReadWrite' },
  'GET /users/{user-id}/onlineMeetings': {
    permission: 'OnlineMeetings.ReadWrite.All',
    accessPolicy: true,
  },
  'PATCH /users/{user-id}/onlineMeetings/{onlineMeeting-id}': {
    permission: 'OnlineMeetings.ReadWrite.All',
    accessPolicy: true,
  },
  'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/attendanceReports': {
    permission: 'OnlineMeetingArtifact.Read.All',
    accessPolicy: true,
  },
  'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/attendanceReports/{meetingAttendanceReport-id}/attendanceRecords':
    { permission: 'OnlineMeetingArtifact.Read.All', accessPolicy: true },
  'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts': {
    permission: 'OnlineMeetingTranscript.Read.All',
    accessPolicy: true,
  },
  'GET /users/{user-id}/onlineMeetings/{onlineMeeting-id}/transcripts/{callTranscript-id}/content':
    { permission: 'OnlineMeetingTranscript.Read.All', accessPolicy: true },
  'GET /appCatalogs/teamsApps': { permission: 'AppCatalog.Read.All' },
  'POST /users/{user-id}/teamwork/installedApps': {
    permission: 'TeamsAppInstallation.ReadWriteSelfForUser.All',
  },
  // Kept to the MAIL_SENDER mailbox by an Exchange application access policy (docs/deployment.md).
  'POST /users/{user-id}/sendMail': { permission: 'Mail.Send' },
} as const satisfies Record<string, GraphCallPermission>;

export type GraphCall = keyof typeof GRAPH_CALLS;

/** The permission a call needs, to name it when Graph answers 403. */
export function permissionOf(call: GraphCall): string {
  return GRAPH_CALLS[call].permission;
}

/** The distinct application permissions the code needs. */
export function requiredPermissions(): string[] {
  return [...new Set(Object.values(GRAPH_CALLS).map((c) => c.permission))].sort();
}
