/**
 * The chair's team as configured: Entra object ids and emails, lower-cased, and the tenant
 * whose directory is trusted (`MicrosoftAppTenantId`; empty: no tenant is trusted for email).
 */
export interface ChairTeam {
  readonly objectIds: readonly string[];
  readonly emails: readonly string[];
  readonly tenantId: string;
}

/** Who asks: the platform's tenant and object id, and the directory email when looked up. */
export interface ChairCandidate {
  tenantId: string;
  aadObjectId: string;
  email?: string;
}

/**
 * Whether a person is on the chair's team: the one rule of the chat and the tab. With a
 * configured tenant, only that tenant's people count, by object id or directory email; without
 * one, object ids (globally unique in Entra) count from any tenant and emails never do, since
 * another tenant's administrator chooses its users' addresses.
 */
export function isOnChairTeam(team: ChairTeam, who: ChairCandidate): boolean {
  const trusted = isTrustedTenant(team, who.tenantId);
  if (team.tenantId !== '' && !trusted) return false;
  if (team.objectIds.includes(who.aadObjectId.toLowerCase())) return true;
  return trusted && who.email !== undefined && team.emails.includes(who.email.toLowerCase());
}

/** Whether an email lookup could make this person chair (saves the roster call otherwise). */
export function chairNeedsEmail(team: ChairTeam, who: Omit<ChairCandidate, 'email'>): boolean {
  return (
    team.emails.length > 0 &&
    isTrustedTenant(team, who.tenantId) &&
    !team.objectIds.includes(who.aadObjectId.toLowerCase())
  );
}

function isTrustedTenant(team: ChairTeam, tenantId: string): boolean {
  return team.tenantId !== '' && tenantId.toLowerCase() === team.tenantId.toLowerCase();
}
