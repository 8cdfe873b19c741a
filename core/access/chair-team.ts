/** The chair's team as configured: Entra object ids and emails, lower-cased. */
export interface ChairTeam {
  readonly objectIds: readonly string[];
  readonly emails: readonly string[];
}

/**
 * Whether a person is on the chair's team, by Entra object id or by directory email. Pass an
 * email only when it comes from a source the directory controls (never a self-chosen address).
 */
export function isOnChairTeam(team: ChairTeam, aadObjectId: string, email?: string): boolean {
  if (team.objectIds.includes(aadObjectId.toLowerCase())) return true;
  return email !== undefined && team.emails.includes(email.toLowerCase());
}
