/**
 * Settings that only make sense for a service facing a real Microsoft 365 tenant. Without
 * `MicrosoftAppId`, `/api/messages` takes unsigned activities (and the tab, without an Entra
 * app, takes development sign-in), so any of these alongside it would expose real data behind
 * a door that looks locked. CHAIR_TEAM object ids, DATABASE_URL and METRICS_TOKEN are not in
 * the list: they are ordinary in local development, which is loopback only.
 */
export const REAL_TENANT_SETTINGS = [
  'AAD_APP_CLIENT_ID',
  'MicrosoftAppPassword',
  'MicrosoftAppTenantId',
  'GRAPH_CLIENT_ID',
  'GRAPH_TENANT_ID',
  'TEAMS_APP_ID',
] as const;

/** What the exposure rules read: the validated variables, blank meaning unset. */
export type ExposureSettings = Partial<
  Record<
    | (typeof REAL_TENANT_SETTINGS)[number]
    | 'MicrosoftAppId'
    | 'PUBLIC_URL'
    | 'DIRECT_LINE_SECRET'
    | 'DIRECT_LINE_ENDPOINT',
    string
  >
> & { MicrosoftAppType: string; CHAIR_TEAM_EMAILS: number };

/** Problems (naming the variable) of a configuration that would leave a door open; none: fine. */
export function exposureProblems(s: ExposureSettings): string[] {
  const problems: string[] = [];
  if (!s.MicrosoftAppId) {
    const claims: string[] = REAL_TENANT_SETTINGS.filter((name) => s[name]);
    if (s.MicrosoftAppType !== 'MultiTenant') claims.push('MicrosoftAppType');
    if (claims.length > 0) {
      problems.push(
        `MicrosoftAppId: required when ${claims.join(', ')} is set; without it /api/messages accepts unsigned activities from anyone`,
      );
    }
    // A real Direct Line channel relays strangers' messages to an endpoint that checks nothing.
    if (s.DIRECT_LINE_SECRET && !isLoopbackUrl(s.DIRECT_LINE_ENDPOINT ?? 'https://directline')) {
      problems.push(
        'MicrosoftAppId: required when DIRECT_LINE_SECRET is set for a real Direct Line (DIRECT_LINE_ENDPOINT not loopback); without it /api/messages accepts unsigned activities from anyone',
      );
    }
    if (s.PUBLIC_URL && !isLoopbackUrl(s.PUBLIC_URL)) {
      problems.push(
        'PUBLIC_URL: must be a loopback address (http://localhost:PORT) while MicrosoftAppId is empty: the service then signs nobody in and serves this computer only',
      );
    }
  }
  if (s.CHAIR_TEAM_EMAILS > 0 && !s.MicrosoftAppTenantId) {
    problems.push(
      "CHAIR_TEAM: emails are trusted only in the directory of MicrosoftAppTenantId; set it, or name the chair's team by Entra object id",
    );
  }
  return problems;
}

/** localhost, 127.0.0.0/8 or [::1]. */
export function isLoopbackUrl(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
