import type { BreakoutGroup } from '../../../core/event/event';
import type { MessageKey, MessageParams } from '../../../core/i18n/catalog';
import type { Registration } from '../../../core/registration/registration';
import type { BreakoutPlan } from '../../../core/roundtable/breakout';
import { moveParticipant } from '../../../core/roundtable/breakout-adjustment';
import { assignBreakouts } from '../../../core/roundtable/breakout-assignment';
import { checkBreakoutChoices } from '../../../core/roundtable/breakout-preferences';
import type { Store } from '../../stores';
import type { Clock } from '../../platform/ports';
import type { Participant, RoundtableEvents } from '../roundtable-events';

export type BreakoutOutcome<T> =
  ({ ok: true } & T) | { ok: false; key: MessageKey; params?: MessageParams };

/** Breakout groups: ranked preferences, the chair's assignment and moves, everyone's group. */
export class BreakoutService {
  constructor(
    private readonly store: Store,
    private readonly events: RoundtableEvents,
    private readonly clock: Clock,
  ) {}

  /** Records the person's ranked choices, keeping what else they declared. */
  async setPreferences(
    participant: Participant,
    choices: string[],
  ): Promise<BreakoutOutcome<{ groups: BreakoutGroup[] }>> {
    const { event } = participant.at;
    const groups = event.breakoutGroups ?? [];
    if (groups.length === 0) return { ok: false, key: 'rt.breakout.none' };
    const [error] = checkBreakoutChoices(choices, groups);
    if (error)
      return { ok: false, key: error.key, ...(error.params ? { params: error.params } : {}) };
    const p = participant.participation;
    await this.store.roundtable.participation.save({
      registrationId: participant.registration.id,
      eventId: event.id,
      ...(p?.delegationOf ? { delegationOf: p.delegationOf } : {}),
      ...(p?.matchSide ? { matchSide: p.matchSide } : {}),
      thematicAreaIds: p?.thematicAreaIds ?? [],
      regionIds: p?.regionIds ?? [],
      breakoutChoices: choices,
      updatedAt: this.clock.now(),
    });
    return { ok: true, groups: choices.flatMap((id) => groups.filter((g) => g.id === id)) };
  }

  /** Assigns every active registrant afresh, keeping the chair's earlier moves. */
  async assign(
    eventId: string,
    groups: readonly BreakoutGroup[],
  ): Promise<BreakoutOutcome<{ plan: BreakoutPlan }>> {
    const [registrations, details, stored] = await Promise.all([
      this.events.registrations(eventId),
      this.store.roundtable.participation.list(eventId),
      this.store.roundtable.breakouts.get(eventId),
    ]);
    const choices = new Map(details.map((d) => [d.registrationId, d.breakoutChoices]));
    const preferences = [...registrations.values()].map((r) => ({
      participantId: r.id,
      registeredAt: r.createdAt,
      choices: choices.get(r.id) ?? [],
    }));
    const chairMoves = stored?.plan.placements.filter((p) => p.reason === 'chair') ?? [];
    const plan = assignBreakouts(groups, preferences, chairMoves);
    return this.save(eventId, plan, stored?.version ?? 0);
  }

  plan(eventId: string): Promise<BreakoutPlan | undefined> {
    return this.store.roundtable.breakouts.get(eventId).then((s) => s?.plan);
  }

  /** The group the person was placed in, if the plan seats them. */
  async groupOf(participant: Participant): Promise<BreakoutGroup | undefined> {
    const { event } = participant.at;
    const plan = await this.plan(event.id);
    const placement = plan?.placements.find((p) => p.participantId === participant.registration.id);
    return event.breakoutGroups?.find((g) => g.id === placement?.groupId);
  }

  /** The chair moves a registrant, named by reference code, into a group. */
  async move(
    eventId: string,
    groups: readonly BreakoutGroup[],
    referenceCode: string,
    groupId: string,
    force: boolean,
  ): Promise<BreakoutOutcome<{ plan: BreakoutPlan; registration: Registration }>> {
    const registrations = await this.events.registrations(eventId);
    const registration = [...registrations.values()].find((r) => r.referenceCode === referenceCode);
    if (!registration)
      return { ok: false, key: 'rt.breakout.unknownCode', params: { code: referenceCode } };
    const stored = await this.store.roundtable.breakouts.get(eventId);
    if (!stored) return { ok: false, key: 'rt.breakout.noPlan' };
    const moved = moveParticipant(stored.plan, groups, registration.id, groupId, { force });
    if (!moved.ok) return moved;
    const saved = await this.save(eventId, moved.plan, stored.version);
    return saved.ok ? { ...saved, registration } : saved;
  }

  private async save(
    eventId: string,
    plan: BreakoutPlan,
    basedOn: number,
  ): Promise<BreakoutOutcome<{ plan: BreakoutPlan }>> {
    const saved = await this.store.roundtable.breakouts.save(
      eventId,
      plan,
      basedOn,
      this.clock.now(),
    );
    return saved === 'saved' ? { ok: true, plan } : { ok: false, key: 'rt.stale' };
  }
}
