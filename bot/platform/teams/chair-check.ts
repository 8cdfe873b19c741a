import type { TurnContext } from 'botbuilder';
import type { OrganizerService } from '../../organizer/organizer-service';
import type { Person } from '../ports';
import { profileOf } from './profile';

/** Whether the person in this turn is on the chair's team, looking up their email only if needed. */
export async function chairCheck(
  context: TurnContext,
  person: Person,
  organizer: OrganizerService,
): Promise<boolean> {
  const email = organizer.needsEmail(person) ? (await profileOf(context)).email : undefined;
  return organizer.isChair(person, email);
}
