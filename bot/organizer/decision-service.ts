import { hashToken } from '../platform/link-token';
import type { EventDefinition } from '../../core/event/event';
import { eventInstants } from '../../core/event/event-times';
import { attendeesFromRegistrations } from '../../core/meeting/meeting-attendees';
import type { Registration } from '../../core/registration/registration';
import {
  decideStatusChanges,
  type StatusAction,
  type StatusChange,
} from '../../core/registration/status-decision';
import { decisionResults, type DecisionResult } from '../../core/registration/decision-results';
import type { Logger } from '../platform/logger';
import type { OnlineMeetingSettings } from '../../core/meeting/online-meeting-settings';
import type { MeetingProvider, MeetingRecord } from '../meeting';
import { MeetingProviderError } from '../meeting';
import { registrantMessages } from '../outbox';
import { previewDecision, type DecisionPreview } from './decision-preview';
import type { Store } from '../stores';
import { meetingOptionsStatus } from '../meeting';
import type { Clock, Ids } from '../platform/ports';

/**
 * Whom a decision is about: one registration by reference, everyone pending in an event, or
 * registrations of one event by id (the organizer page).
 */
export type DecisionTarget =
  | { referenceCode: string }
  | { allPending: true; eventId?: string }
  | { eventId: string; registrationIds: readonly string[] };

/** The event a command means, or why none could be picked. */
export type EventChoice =
  | { kind: 'event'; event: EventDefinition }
  | { kind: 'whichEvent'; eventIds: string[] }
  | { kind: 'noEvent' };

type Found = Awaited<ReturnType<DecisionService['targets']>>;

/** What a decision did, or why it did nothing. */
export type DecisionOutcome =
  | {
      kind: 'done';
      event: EventDefinition;
      counts: { confirmed: number; waitlisted: number; declined: number; unchanged: number };
      conflicts: number;
      capacity?: number;
      confirmedNow: number;
      /** What happened to each registration the decision was about. */
      results: DecisionResult[];
      /** Lobby and presenters of the meeting this decision created, if it created one. */
      meetingOptions?: ReturnType<typeof meetingOptionsStatus>;
    }
  | { kind: 'notFound'; referenceCode: string }
  | { kind: 'unknownRegistrations'; registrationIds: string[] }
  | { kind: 'whichEvent'; eventIds: string[] }
  | { kind: 'noEvent' }
  | { kind: 'meetingFailed'; error: MeetingProviderError };

export interface DecisionSettings {
  publicUrl: string;
  reminderMinutes: readonly number[];
  /** Told after messages were enqueued, so the worker sends them now. */
  onEnqueued: () => void;
  /** Lobby and presenters set on each meeting created; absent: the tenant's defaults. */
  meetingOptions?: OnlineMeetingSettings;
}

/**
 * The chair's team confirms, declines or waitlists registrations. Each status change and its
 * messages are saved in one transaction; the first confirmation creates the meeting and
 * later ones update its attendees. Decisions of one instance are taken one at a time.
 */
export class DecisionService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly meetings: MeetingProvider,
    private readonly log: Logger,
    private readonly settings: DecisionSettings,
  ) {}

  decide(action: StatusAction, target: DecisionTarget): Promise<DecisionOutcome> {
    const run = this.queue.then(() => this.decideNow(action, target));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** What `decide` would do now, without doing it, so the desk can ask the chair first. */
  async preview(
    action: StatusAction,
    target: DecisionTarget,
  ): Promise<{ kind: 'preview'; preview: DecisionPreview } | Exclude<Found, { kind: 'found' }>> {
    const planned = await this.plan(action, target);
    if (planned.kind !== 'planned') return planned;
    const { event, logistics, decision, now } = planned;
    const { reminderMinutes } = this.settings;
    return {
      kind: 'preview',
      preview: await previewDecision(
        this.store,
        event,
        decision,
        logistics.meeting,
        now,
        reminderMinutes,
      ),
    };
  }

  /** The event a chair's command means: the one named, else the only candidate. */
  async resolveEvent(
    eventId: string | undefined,
    candidates?: (all: Registration[]) => boolean,
  ): Promise<EventChoice> {
    const events = await this.store.events.list();
    if (eventId) {
      const named = events.find((e) => e.id === eventId);
      return named ? { kind: 'event', event: named } : { kind: 'noEvent' };
    }
    const fitting: EventDefinition[] = [];
    for (const event of events) {
      if (!candidates || candidates(await this.store.registrations.listForEvent(event.id)))
        fitting.push(event);
    }
    if (fitting.length === 1 && fitting[0]) return { kind: 'event', event: fitting[0] };
    return fitting.length === 0
      ? { kind: 'noEvent' }
      : { kind: 'whichEvent', eventIds: fitting.map((e) => e.id) };
  }

  /** The decision on the targets now, by the one rule both the preview and the deed use. */
  private async plan(action: StatusAction, target: DecisionTarget) {
    const found = await this.targets(target);
    if (found.kind !== 'found') return found;
    const { event, all, targets } = found;
    const now = this.clock.now();
    const logistics = await this.store.logistics.get(event.id);
    const decision = decideStatusChanges(all, targets, action, logistics.capacity, now);
    return { kind: 'planned' as const, event, logistics, decision, now };
  }

  private async decideNow(action: StatusAction, target: DecisionTarget): Promise<DecisionOutcome> {
    const planned = await this.plan(action, target);
    if (planned.kind !== 'planned') return planned;
    const { event, logistics, decision, now } = planned;
    const confirming = decision.changes.some((c) => c.next.status === 'confirmed');
    let meeting = logistics.meeting;
    const creating = confirming && !meeting;
    if (creating) {
      try {
        meeting = await this.createMeeting(event, now);
      } catch (error) {
        if (error instanceof MeetingProviderError) return { kind: 'meetingFailed', error };
        throw error;
      }
    }
    const conflicted = new Set<string>();
    for (const change of decision.changes) {
      if (!(await this.apply(event, change, meeting, now))) conflicted.add(change.next.id);
    }
    const conflicts = conflicted.size;
    if (decision.changes.length > conflicts) this.settings.onEnqueued();
    const after = await this.store.registrations.listForEvent(event.id);
    if (meeting) await this.updateAttendees(event, meeting, after);
    const saved = decision.changes.map((c) => c.next.status);
    const count = (s: string) => saved.filter((x) => x === s).length;
    return {
      kind: 'done',
      event,
      counts: {
        confirmed: count('confirmed'),
        waitlisted: count('waitlisted'),
        declined: count('declined'),
        unchanged: decision.unchanged.length,
      },
      conflicts,
      ...(logistics.capacity !== undefined ? { capacity: logistics.capacity } : {}),
      confirmedNow: after.filter((r) => r.status === 'confirmed').length,
      results: decisionResults(decision, action, conflicted),
      ...(creating ? { meetingOptions: meetingOptionsStatus(meeting) } : {}),
    };
  }

  private async targets(target: DecisionTarget) {
    if ('referenceCode' in target) {
      const code = target.referenceCode.toUpperCase();
      for (const event of await this.store.events.list()) {
        const all = await this.store.registrations.listForEvent(event.id);
        const hit = all.find((r) => r.referenceCode === code);
        if (hit) return { kind: 'found' as const, event, all, targets: [hit] };
      }
      return { kind: 'notFound' as const, referenceCode: code };
    }
    if ('registrationIds' in target) return this.byIds(target.eventId, target.registrationIds);
    const choice = await this.resolveEvent(target.eventId, (all) =>
      all.some((r) => r.status === 'pending'),
    );
    if (choice.kind !== 'event') return choice;
    const { event } = choice;
    const all = await this.store.registrations.listForEvent(event.id);
    return {
      kind: 'found' as const,
      event,
      all,
      targets: all.filter((r) => r.status === 'pending'),
    };
  }

  private async byIds(eventId: string, ids: readonly string[]) {
    const event = await this.store.events.get(eventId);
    if (!event) return { kind: 'noEvent' as const };
    const all = await this.store.registrations.listForEvent(event.id);
    const byId = new Map(all.map((r) => [r.id, r]));
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length > 0)
      return { kind: 'unknownRegistrations' as const, registrationIds: unknown };
    const targets = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
    return { kind: 'found' as const, event, all, targets };
  }

  /** Saves one change with its messages; false when the registration changed meanwhile. */
  private async apply(
    event: EventDefinition,
    change: StatusChange,
    meeting: MeetingRecord | undefined,
    now: Date,
  ): Promise<boolean> {
    const { next } = change;
    const conversation = await this.store.conversations.get(next.tenantId, next.aadObjectId);
    const calendarUrl =
      next.status === 'confirmed' ? await this.calendarLink(event, next) : undefined;
    const messages = registrantMessages({
      event,
      registration: next,
      ...(conversation ? { conversation } : {}),
      ...(meeting ? { meeting } : {}),
      ...(calendarUrl ? { calendarUrl } : {}),
      now,
      reminderMinutes: this.settings.reminderMinutes,
    });
    return (await this.store.outbox.enqueueWithUpdate(next, messages, now)) !== 'conflict';
  }

  private async createMeeting(event: EventDefinition, now: Date): Promise<MeetingRecord> {
    const created = await this.meetings.createMeeting({
      event,
      attendees: [],
      // Stable per event: a retried creation is recognised by Graph instead of doubled.
      transactionId: `meeting-${event.id}`,
    });
    const saved = await this.store.logistics.saveMeeting(event.id, created, now, true);
    if (!this.settings.meetingOptions || saved.options) return saved;
    // The meeting works either way; a refusal is kept on the record for the chair's status.
    const options = await this.meetings.configureOptions(saved, this.settings.meetingOptions);
    const onlineMeetingId =
      options.kind === 'applied' ? { onlineMeetingId: options.onlineMeetingId } : {};
    return this.store.logistics.saveMeeting(
      event.id,
      { ...saved, ...onlineMeetingId, options: options.kind },
      now,
    );
  }

  private async updateAttendees(
    event: EventDefinition,
    meeting: MeetingRecord,
    registrations: Registration[],
  ): Promise<void> {
    try {
      const updated = await this.meetings.updateAttendees(
        meeting,
        attendeesFromRegistrations(registrations),
      );
      await this.store.logistics.saveMeeting(event.id, updated, this.clock.now());
    } catch (error) {
      // The participants have their join link; the calendar invitation list catches up later.
      this.log.error({ err: error, event: event.id }, 'could not update meeting attendees');
    }
  }

  /** A link to the person's calendar file, valid until a month after the event ends. */
  private async calendarLink(event: EventDefinition, registration: Registration): Promise<string> {
    const token = Buffer.from(this.ids.randomBytes(32)).toString('base64url');
    const expiresAt = new Date(eventInstants(event).end.getTime() + 30 * 86_400_000);
    await this.store.calendarLinks.create({
      tokenHash: hashToken(token),
      registrationId: registration.id,
      eventId: event.id,
      expiresAt,
    });
    return `${this.settings.publicUrl}/api/calendar/${token}.ics`;
  }
}
