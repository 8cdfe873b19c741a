/**
 * Who a web registrant is once their address is verified. Outside Teams there is no Entra
 * identity: the person is keyed by the verified address, under a tenant id no Entra tenant
 * has (Entra tenant ids are GUIDs), with the address's hash as the object id (decision 028).
 */
export const EMAIL_TENANT = 'email';

/** How long a verification holds in one conversation: the conversation, at most 12 hours. */
export const VERIFICATION_LASTS_MS = 12 * 3_600_000;

/** Whether a person is known by a verified address rather than by Entra. */
export function isEmailPerson(person: { tenantId: string }): boolean {
  return person.tenantId === EMAIL_TENANT;
}

/** Whether a verification made at `verifiedAt` still holds at `now`. */
export function stillVerified(verifiedAt: Date, now: Date): boolean {
  const age = now.getTime() - verifiedAt.getTime();
  return age >= 0 && age < VERIFICATION_LASTS_MS;
}
