/**
 * A stakeholder's registration for one event. One per person per event, keyed by the
 * platform's identity (`tenantId` + `aadObjectId`), never by email.
 */
export type RegistrationStatus = 'pending' | 'confirmed' | 'waitlisted' | 'declined' | 'withdrawn';

/** A group or coalition the registrant speaks for. */
export interface SpeakingGroup {
  name: string;
  members: string[];
}

/** What the person fills in on the registration card, after validation. */
export interface RegistrationForm {
  givenName: string;
  familyName: string;
  email: string;
  organization: string;
  category: string;
  country: string;
  jobTitle: string;
  wishesToSpeak: boolean;
  group?: SpeakingGroup;
  questionIds: string[];
  accessibilityNeeds?: string;
  consent: true;
}

/** Where a registration was made: in Teams, or on the public page (Web Chat, Direct Line). */
export type RegistrationChannel = 'teams' | 'web';

export interface Registration extends RegistrationForm {
  id: string;
  /** The channel it was made in (fixed at creation; shown to the chair and in exports). */
  channel: RegistrationChannel;
  eventId: string;
  tenantId: string;
  aadObjectId: string;
  referenceCode: string;
  status: RegistrationStatus;
  /** Optimistic-concurrency version: every update must name the version it was based on. */
  version: number;
  /** Id of the card that created it, so a resubmitted card is recognised as a replay. */
  formId: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Statuses in which the person still counts as registered. */
export function isActive(status: RegistrationStatus): boolean {
  switch (status) {
    case 'pending':
    case 'confirmed':
    case 'waitlisted':
      return true;
    case 'declined':
    case 'withdrawn':
      return false;
  }
}
