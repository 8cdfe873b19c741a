import type { Registration, RegistrationStatus } from '../../core/registration/registration';

export type CreateResult =
  | { created: true; registration: Registration }
  | { created: false; existing: Registration }
  /** Another registration already holds this reference code: draw a new one and retry. */
  | { created: false; referenceTaken: true };

export interface RegistrationStore {
  /**
   * Creates the registration unless this person already has one for the event; atomic, so
   * concurrent double submits create exactly one row and the loser gets the winner back.
   */
  create(registration: Registration): Promise<CreateResult>;
  findByUser(
    eventId: string,
    tenantId: string,
    aadObjectId: string,
  ): Promise<Registration | undefined>;
  /**
   * Only the status of the person's registration: what opening the form needs to know. In a
   * rush most people have none yet, so who has one is kept per instance and only they cost a
   * read. A registration made on another instance in the last milliseconds (its notice still
   * on the way) may not show yet: the form opens, and its submit finds the registration.
   */
  statusByUser(
    eventId: string,
    tenantId: string,
    aadObjectId: string,
  ): Promise<RegistrationStatus | undefined>;
  listByUser(tenantId: string, aadObjectId: string): Promise<Registration[]>;
  /**
   * The identity (tenant and object id) of the latest registration made in a tenant (not by a
   * verified address, `excludeTenant`) with this email, lower case; undefined if none.
   */
  identityByEmail(
    email: string,
    excludeTenant: string,
  ): Promise<{ tenantId: string; aadObjectId: string } | undefined>;
  listForEvent(eventId: string): Promise<Registration[]>;
  /**
   * Gives the event's registration made by a verified address (`fromTenant`) with `email` to
   * the Teams person whose own (Entra) address it is, unless they have one for the event:
   * one registration, reachable from Teams and the web. Returns it, re-keyed, or undefined.
   */
  adoptByEmail(
    eventId: string,
    email: string,
    from: { tenantId: string; aadObjectId: string },
    to: { tenantId: string; aadObjectId: string },
    now: Date,
  ): Promise<Registration | undefined>;
  /**
   * Saves `next` only if the stored version is still `next.version - 1`; returns the saved
   * row, or 'conflict' when someone else changed it first (a stale write is rejected).
   */
  update(next: Registration): Promise<Registration | 'conflict'>;
}
