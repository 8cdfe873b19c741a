import type { TurnContext } from 'botbuilder';
import { channelOf, type Person } from '../ports';
import { profileOf } from './profile';

/** The chair's team's rule as the Teams surface asks it (the organizer feature answers it). */
export interface ChairRule {
  /** Whether telling this person apart needs their email (they are not listed by object id). */
  needsEmail(person: Person): boolean;
  isChair(person: Person, email: string | undefined): boolean;
}

/** Whether the person in this turn is on the chair's team, looking up their email only if needed. */
export async function chairCheck(
  context: TurnContext,
  person: Person,
  organizer: ChairRule,
): Promise<boolean> {
  // A web person's identity is a random Direct Line id: never the chair's team.
  if (channelOf(person) === 'web') return false;
  const email = organizer.needsEmail(person) ? (await profileOf(context)).email : undefined;
  return organizer.isChair(person, email);
}
