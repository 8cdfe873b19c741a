import type { RegistrationChannel, RegistrationStatus } from './registration';

/** One registration as the organizer page lists it; the tab reads `createdAt` as ISO text. */
export interface BoardRow {
  id: string;
  referenceCode: string;
  name: string;
  organization: string;
  category: string;
  country: string;
  status: RegistrationStatus;
  /** Where it was made: Teams, or the public registration page. */
  channel: RegistrationChannel;
  createdAt: Date;
  /** Another person of the event registered with the same email: worth a look. */
  sharedEmail: boolean;
  email: string;
  wishesToSpeak: boolean;
  /** The coalition the person speaks for, if any. */
  coalition: string | null;
  /** They told of accessibility needs (the text itself is in the registration's detail). */
  accessibility: boolean;
}
