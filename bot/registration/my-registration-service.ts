import { valuesOf } from '../../core/registration/registration-form';
import { isActive, type Registration } from '../../core/registration/registration';
import { decideWithdrawal } from '../../core/registration/submission';
import { parseEmailAddress } from '../../core/email-identity/email-address';
import { isEmailPerson } from '../../core/email-identity/web-identity';
import { webIdentity } from '../email-identity';
import type { Store } from '../stores';
import type { EventAt, EventCatalog } from '../event';
import type { Clock, Ids, Person } from '../platform/ports';
import type { RegistrationOutcome } from './registration-outcome';
import { shown } from './registration-service';
import type { FormSection } from './form-section';
import { FormSections } from './form-sections';

/** A person's own registrations: show, edit and withdraw them until the deadline. */
export class MyRegistrationService {
  private readonly sections: FormSections;

  constructor(
    private readonly store: Store,
    private readonly catalog: EventCatalog,
    private readonly clock: Clock,
    private readonly ids: Ids,
    /** Parts other features add to the form, shown filled with what they stored. */
    sections: readonly FormSection[] = [],
  ) {
    this.sections = new FormSections(sections);
  }

  /**
   * Every registration of the person, with its event, soonest event first. A Teams person
   * whose profile address (`profileEmail`, Entra's, never typed) registered on the web takes
   * those registrations over first, as opening the form does (decision 028).
   */
  async mine(
    person: Person,
    profileEmail?: () => Promise<string | undefined>,
  ): Promise<Array<{ at: EventAt; registration: Registration }>> {
    const now = this.clock.now();
    if (profileEmail && !isEmailPerson(person) && !person.verifiedEmail)
      await this.adoptWebRegistrations(person, await profileEmail(), now);
    const registrations = await this.store.registrations.listByUser(
      person.tenantId,
      person.aadObjectId,
    );
    const found = await Promise.all(
      registrations.map(async (registration) => ({
        at: await this.catalog.get(registration.eventId, now),
        registration,
      })),
    );
    return found
      .filter((f): f is { at: EventAt; registration: Registration } => f.at !== undefined)
      .sort((a, b) => a.at.instants.start.getTime() - b.at.instants.start.getTime());
  }

  private async adoptWebRegistrations(person: Person, email: string | undefined, now: Date) {
    const address = email && parseEmailAddress(email);
    if (!address) return;
    const events = await this.catalog.all(now);
    const web = webIdentity(address);
    for (const { event } of events)
      await this.store.registrations.adoptByEmail(event.id, address, web, person, now);
  }

  async show(person: Person, registrationId: unknown): Promise<RegistrationOutcome> {
    const found = await this.find(person, registrationId);
    return found ? shown(found.at, found.registration, 'existing') : { kind: 'notFound' };
  }

  /** The form prefilled with the registration, carrying the version it was read at. */
  async editForm(person: Person, registrationId: unknown): Promise<RegistrationOutcome> {
    const found = await this.find(person, registrationId);
    if (!found) return { kind: 'notFound' };
    const { at, registration } = found;
    if (!isActive(registration.status)) return shown(at, registration, 'existing');
    if (at.phase !== 'open') return { kind: 'refused', at, reason: at.phase, purpose: 'change' };
    const sections = await (await this.sections.on(at.event)).stored(registration.id);
    return {
      kind: 'form',
      at,
      values: valuesOf(registration),
      sections,
      origin: {
        mode: 'edit',
        formId: this.ids.uuid(),
        registrationId: registration.id,
        baseVersion: registration.version,
      },
    };
  }

  async withdrawPrompt(person: Person, registrationId: unknown): Promise<RegistrationOutcome> {
    const found = await this.find(person, registrationId);
    if (!found) return { kind: 'notFound' };
    const { at, registration } = found;
    if (registration.status === 'withdrawn')
      return shown(at, registration, 'existing', 'alreadyWithdrawn');
    if (at.phase !== 'open') return { kind: 'refused', at, reason: at.phase, purpose: 'change' };
    return { kind: 'withdrawPrompt', at, registration };
  }

  /** Withdraws the version the person confirmed; a stale confirmation changes nothing. */
  async withdraw(
    person: Person,
    registrationId: unknown,
    baseVersion: unknown,
  ): Promise<RegistrationOutcome> {
    if (!Number.isSafeInteger(baseVersion)) return { kind: 'badRequest' };
    const found = await this.find(person, registrationId);
    if (!found) return { kind: 'notFound' };
    const { at, registration } = found;
    const decision = decideWithdrawal(
      at.phase,
      registration,
      baseVersion as number,
      this.clock.now(),
    );
    switch (decision.kind) {
      case 'refuse':
        return { kind: 'refused', at, reason: decision.reason, purpose: 'change' };
      case 'alreadyWithdrawn':
        return shown(at, decision.registration, 'existing', 'alreadyWithdrawn');
      case 'stale':
        return shown(at, decision.registration, 'existing', 'stale');
      case 'withdraw': {
        const saved = await this.store.registrations.update(decision.next);
        if (saved !== 'conflict') return shown(at, saved, 'existing');
        return this.show(person, registration.id).then((o) =>
          o.kind === 'registration' ? { ...o, note: 'stale' as const } : o,
        );
      }
    }
  }

  /** The person's own registration by id; someone else's id is simply not found. */
  private async find(person: Person, registrationId: unknown) {
    if (typeof registrationId !== 'string' || registrationId.length > 64) return undefined;
    const registrations = await this.store.registrations.listByUser(
      person.tenantId,
      person.aadObjectId,
    );
    const registration = registrations.find((r) => r.id === registrationId);
    if (!registration) return undefined;
    const at = await this.catalog.get(registration.eventId, this.clock.now());
    return at ? { at, registration } : undefined;
  }
}
