import type { TurnContext } from 'botbuilder';
import { memberOf } from './member-lookup';

/** What Teams knows of the user's profile (from the roster), for prefilling and chair checks. */
export interface Profile {
  email?: string;
  givenName?: string;
  surname?: string;
}

/** Asks the connector for the member's profile; empty when the platform does not say. */
export async function profileOf(context: TurnContext): Promise<Profile> {
  try {
    const member = await memberOf(context);
    if (!member) return {};
    const upn = text(member.userPrincipalName);
    const email = text(member.email) ?? (upn?.includes('@') ? upn : undefined);
    const givenName = text(member.givenName);
    const surname = text(member.surname);
    return {
      ...(email ? { email } : {}),
      ...(givenName ? { givenName } : {}),
      ...(surname ? { surname } : {}),
    };
  } catch {
    return {};
  }
}

/** The roster is another service's JSON: only non-empty strings are taken. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
