import type { DelegationLevel } from './delegation-level';
import type { StateKind } from './un-states';

/**
 * The chair's invitation to one Member State or Observer State, sent through its Permanent
 * Mission to the minister in charge of ICT security and/or digital technologies.
 */
export type InvitationStatus = 'noAnswer' | 'accepted' | 'declined';

/** Who leads the delegation, as the Mission reports it. */
export interface HeadOfDelegation {
  name: string;
  title: string;
  level: DelegationLevel;
}

export type InvitationAnswer =
  | { status: 'noAnswer' }
  | {
      status: 'accepted';
      headOfDelegation: HeadOfDelegation;
      /** When the head of delegation asked to make brief opening remarks, if they did. */
      openingRemarksRequestedAt?: Date;
    }
  | { status: 'declined'; reason?: string };

export interface Invitation {
  eventId: string;
  /** ISO 3166-1 alpha-2 code of the State; one invitation per State per event. */
  stateCode: string;
  stateKind: StateKind;
  sentAt: Date;
  answer: InvitationAnswer;
  answeredAt?: Date;
  /** Optimistic-concurrency version: every change names the version it was based on. */
  version: number;
  updatedAt: Date;
}
