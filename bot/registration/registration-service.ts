import {
  emptyValues,
  parseRegistrationForm,
  type FormValues,
} from '../../core/registration/registration-form';
import {
  isActive,
  type Registration,
  type RegistrationForm,
} from '../../core/registration/registration';
import { referenceCode } from '../../core/registration/reference-code';
import { parseEmailAddress } from '../../core/email-identity/email-address';
import { isEmailPerson } from '../../core/email-identity/web-identity';
import { webIdentity } from '../email-identity';
import { decideSubmission } from '../../core/registration/submission';
import { dedupeKeys } from '../../core/outbox/outbox-message';
import type { Store, StoreTransaction } from '../stores';
import type { EventAt, EventCatalog } from '../event';
import { channelOf, type Clock, type Ids, type Person } from '../platform/ports';
import {
  readOrigin,
  type FormOrigin,
  type RegistrationNote,
  type RegistrationOutcome,
} from './registration-outcome';
import type { FormSection, SectionSave } from './form-section';
import { FormSections, type EventSections } from './form-sections';

/** Told of each registration actually created (not of replays or duplicates), e.g. for metrics. */
export type OnRegistrationCreated = (registration: Registration) => void;

/** What the composition root adds to registering. */
export interface RegistrationOptions {
  onCreated?: OnRegistrationCreated;
  /** Parts other features add to the form: checked with it, saved in its transaction. */
  sections?: readonly FormSection[];
  /** Told why a registration and its sections were not saved (none of them was). */
  onNotSaved?: (error: unknown) => void;
  /** Told when a message was put in the outbox (the worker looks at once). */
  onEnqueued?: () => void;
}

/** Registering for an event: open the form, submit it (idempotently), and show the result. */
export class RegistrationService {
  private readonly sections: FormSections;
  private readonly onCreated: OnRegistrationCreated;

  constructor(
    private readonly store: Store,
    private readonly catalog: EventCatalog,
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly options: RegistrationOptions = {},
  ) {
    this.sections = new FormSections(options.sections);
    this.onCreated = options.onCreated ?? (() => undefined);
  }

  /**
   * The blank form for an event, or why it cannot be filled in now. `prefill` (a call to
   * Teams for the profile) is made only while registration is open, alongside the read.
   */
  async openForm(
    person: Person,
    eventId: string,
    prefill: () => Promise<Partial<FormValues>>,
  ): Promise<RegistrationOutcome> {
    const at = await this.catalog.get(eventId, this.clock.now());
    if (!at) return { kind: 'eventNotFound' };
    // A verified address (outside Teams) is the person's email; Teams' profile otherwise.
    const { verifiedEmail } = person;
    const [existing, values] = await Promise.all([
      this.activeRegistration(eventId, person),
      at.phase !== 'open' ? undefined : verifiedEmail ? { email: verifiedEmail } : prefill(),
    ]);
    const found = existing ?? (await this.adoptWebRegistration(person, eventId, values?.email));
    if (found) {
      return {
        kind: 'registration',
        at,
        registration: found,
        variant: 'existing',
        note: 'alreadyRegistered',
      };
    }
    if (at.phase !== 'open') return { kind: 'refused', at, reason: at.phase, purpose: 'register' };
    const origin: FormOrigin = { mode: 'create', formId: this.ids.uuid() };
    const sections = (await this.sections.on(at.event)).blank();
    return { kind: 'form', at, values: emptyValues(values), origin, sections };
  }

  /**
   * A Teams person whose profile address (Entra's, not typed) registered on the web takes that
   * registration over (decision 028): one registration, reachable from both.
   */
  private async adoptWebRegistration(person: Person, eventId: string, email: string | undefined) {
    if (!email || isEmailPerson(person) || person.verifiedEmail) return undefined;
    const address = parseEmailAddress(email);
    if (!address) return undefined;
    const adopted = await this.store.registrations.adoptByEmail(
      eventId,
      address,
      webIdentity(address),
      person,
      this.clock.now(),
    );
    return adopted && isActive(adopted.status) ? adopted : undefined;
  }

  /** The person's active registration: only its status is read unless there is one. */
  private async activeRegistration(eventId: string, person: Person) {
    const { registrations } = this.store;
    const status = await registrations.statusByUser(eventId, person.tenantId, person.aadObjectId);
    if (!status || !isActive(status)) return undefined;
    const found = await registrations.findByUser(eventId, person.tenantId, person.aadObjectId);
    return found && isActive(found.status) ? found : undefined;
  }

  /**
   * Handles a submitted card. Validation errors (the form's and its sections') return the
   * same form with the input kept; a replayed card returns the first answer again; nothing is
   * half written: the registration and its sections are saved in one transaction.
   */
  async submit(
    person: Person,
    eventId: unknown,
    data: Record<string, unknown>,
  ): Promise<RegistrationOutcome> {
    const origin = readOrigin(data);
    if (typeof eventId !== 'string' || !origin) return { kind: 'badRequest' };
    // Someone known by a verified address registers with that address, whatever the card says.
    if (person.verifiedEmail) data = { ...data, email: person.verifiedEmail };
    const now = this.clock.now();
    const at = await this.catalog.get(eventId, now);
    if (!at) return { kind: 'eventNotFound' };
    const parsed = parseRegistrationForm(data, at.event);
    const sections = await this.sections.on(at.event);
    const checked = sections.check(data);
    if (!parsed.ok || !checked.ok) {
      const errors = parsed.ok ? {} : { errors: parsed.errors };
      return {
        kind: 'form',
        at,
        values: parsed.values,
        ...errors,
        origin,
        sections: sections.submitted(data),
      };
    }
    try {
      return await this.submitChecked(person, at, parsed.form, origin, checked.saves, now);
    } catch (error) {
      // The transaction (a section's save, another feature's code) failed and kept nothing, so
      // the same card may simply be sent again. Without sections it is answered as before.
      if (checked.saves.length === 0) throw error;
      this.options.onNotSaved?.(error);
      return notSaved(at, parsed.values, origin, sections, data);
    }
  }

  private async submitChecked(
    person: Person,
    at: EventAt,
    form: RegistrationForm,
    origin: FormOrigin,
    saves: readonly SectionSave[],
    now: Date,
  ): Promise<RegistrationOutcome> {
    const eventId = at.event.id;
    // A new registration while registration is open is written straight away, one round
    // trip; only if the person already has one is it read back and the decision taken again.
    const existing =
      origin.mode === 'create' && at.phase === 'open'
        ? undefined
        : await this.store.registrations.findByUser(eventId, person.tenantId, person.aadObjectId);
    if (origin.mode === 'edit' && existing && existing.id !== origin.registrationId)
      return { kind: 'notFound' };
    return this.decided(person, at, form, origin, existing, now, saves);
  }

  private async decided(
    person: Person,
    at: EventAt,
    form: RegistrationForm,
    origin: FormOrigin,
    existing: Registration | undefined,
    now: Date,
    saves: readonly SectionSave[],
  ): Promise<RegistrationOutcome> {
    const decision = decideSubmission(at.phase, existing, form, origin, now);
    switch (decision.kind) {
      case 'refuse':
        return {
          kind: 'refused',
          at,
          reason: decision.reason,
          purpose: origin.mode === 'create' ? 'register' : 'change',
        };
      case 'create':
        return this.create(person, at, form, origin, now, saves);
      case 'replay':
        // Enqueued again in case the first submit stopped before it (the key keeps it once).
        await this.mailReceived(person, decision.registration, now);
        return shown(at, decision.registration, 'created');
      case 'alreadyRegistered':
        return shown(at, decision.registration, 'existing', 'alreadyRegistered');
      case 'stale':
        return shown(at, decision.registration, 'existing', 'stale');
      case 'notFound':
        return { kind: 'notFound' };
      case 'update':
        return this.save(
          at,
          decision.next,
          origin.mode === 'create' ? 'created' : 'updated',
          saves,
          decision.backToReview ? 'backToReview' : undefined,
        );
    }
  }

  private async create(
    person: Person,
    at: EventAt,
    form: RegistrationForm,
    origin: FormOrigin,
    now: Date,
    saves: readonly SectionSave[],
  ): Promise<RegistrationOutcome> {
    const { formId } = origin;
    const candidate = (): Registration => ({
      ...form,
      id: this.ids.uuid(),
      eventId: at.event.id,
      tenantId: person.tenantId,
      aadObjectId: person.aadObjectId,
      channel: channelOf(person),
      referenceCode: referenceCode(this.ids.randomBytes(8)),
      status: 'pending',
      version: 1,
      formId,
      createdAt: now,
      updatedAt: now,
    });
    const created = async (tx: Pick<StoreTransaction, 'registrations'>) => {
      let result = await tx.registrations.create(candidate());
      // 32^8 codes make a clash rare, but a rare clash must still not fail a registration.
      for (let retry = 0; retry < 3 && 'referenceTaken' in result; retry++)
        result = await tx.registrations.create(candidate());
      if ('referenceTaken' in result) throw new Error('No free reference code after 4 draws');
      return result;
    };
    // Without sections the insert is alone: one round trip, no transaction to open.
    const result =
      saves.length === 0
        ? await created(this.store)
        : await this.store.transaction(async (tx) => {
            const first = await created(tx);
            if (first.created) await saveAll(saves, tx, first.registration);
            return first;
          });
    if (result.created) {
      this.onCreated(result.registration);
      await this.mailReceived(person, result.registration, now);
      return shown(at, result.registration, 'created');
    }
    // The person has one already (this card's double click, another card, or a withdrawn
    // one): decide again knowing it; with a registration stored, the answer is never 'create'.
    return this.decided(person, at, form, origin, result.existing, now, saves);
  }

  /**
   * Someone registered on the web is mailed "we received your registration" through the
   * outbox (in their language, when it is sent); Teams shows its card in the chat instead.
   */
  private async mailReceived(person: Person, registration: Registration, now: Date) {
    if (!isEmailPerson(person) || registration.status !== 'pending') return;
    const { id, eventId, tenantId, aadObjectId } = registration;
    await this.store.outbox.enqueue(
      [
        {
          dedupeKey: dedupeKeys.received(id),
          kind: 'received',
          eventId,
          registrationId: id,
          recipient: { tenantId, aadObjectId },
          notBefore: now,
          payload: {},
        },
      ],
      now,
    );
    this.options.onEnqueued?.();
  }

  private async save(
    at: EventAt,
    next: Registration,
    variant: 'created' | 'updated',
    saves: readonly SectionSave[],
    note?: RegistrationNote,
  ): Promise<RegistrationOutcome> {
    const saved =
      saves.length === 0
        ? await this.store.registrations.update(next)
        : await this.store.transaction(async (tx) => {
            const updated = await tx.registrations.update(next);
            if (updated !== 'conflict') await saveAll(saves, tx, updated);
            return updated;
          });
    if (saved !== 'conflict') return shown(at, saved, variant, note);
    const current = await this.store.registrations.findByUser(
      next.eventId,
      next.tenantId,
      next.aadObjectId,
    );
    return current ? shown(at, current, 'existing', 'stale') : { kind: 'notFound' };
  }
}

/** The registration card outcome, marking a withdrawn registration as such. */
export function shown(
  at: EventAt,
  registration: Registration,
  variant: 'created' | 'updated' | 'existing',
  note?: RegistrationNote,
): RegistrationOutcome {
  const finalVariant = registration.status === 'withdrawn' ? 'withdrawn' : variant;
  return {
    kind: 'registration',
    at,
    registration,
    variant: finalVariant,
    ...(note ? { note } : {}),
  };
}

/** Each section's save in turn, on the registration's transaction. */
async function saveAll(
  saves: readonly SectionSave[],
  tx: StoreTransaction,
  registration: Registration,
): Promise<void> {
  for (const save of saves) await save(tx, registration);
}

/** The form again as submitted, saying that nothing was saved and it may be sent again. */
function notSaved(
  at: EventAt,
  values: FormValues,
  origin: FormOrigin,
  sections: EventSections,
  data: Record<string, unknown>,
): RegistrationOutcome {
  return { kind: 'form', at, values, origin, sections: sections.submitted(data), notSaved: true };
}
