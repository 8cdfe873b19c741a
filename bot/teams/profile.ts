import { TeamsInfo, type TurnContext } from 'botbuilder';

/** What Teams knows of the user's profile (from the roster), for prefilling and chair checks. */
export interface Profile {
  email?: string;
  givenName?: string;
  surname?: string;
}

/** Asks the connector for the member's profile; empty when the platform does not say. */
export async function profileOf(context: TurnContext): Promise<Profile> {
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    const email =
      member.email ??
      (member.userPrincipalName?.includes('@') ? member.userPrincipalName : undefined);
    return {
      ...(email ? { email } : {}),
      ...(member.givenName ? { givenName: member.givenName } : {}),
      ...(member.surname ? { surname: member.surname } : {}),
    };
  } catch {
    return {};
  }
}
