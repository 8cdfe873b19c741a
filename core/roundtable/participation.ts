import type { EventDefinition } from '../event/event';
import type { FieldError } from '../event/field-error';
import { checkBreakoutChoices } from './breakout-preferences';
import { checkDeclaration } from './match-declarations';

/**
 * Stakeholder categories whose registrants belong to a State delegation. The seed roundtable
 * names them "member-state" and "observer-state"; an event without them has no delegations.
 */
export const STATE_CATEGORY_IDS: readonly string[] = ['member-state', 'observer-state'];

export function isStateCategory(categoryId: string): boolean {
  return STATE_CATEGORY_IDS.includes(categoryId);
}

/** What a registrant adds for a roundtable, after validation. */
export interface ParticipationDetails {
  /** ISO code of the State whose delegation the registrant belongs to. */
  delegationOf?: string;
  /** A State's delegate declares needs; anyone else offers capacity-building. */
  matchSide?: 'offer' | 'need';
  thematicAreaIds: string[];
  regionIds: string[];
  breakoutChoices: string[];
}

/** Input ids of the roundtable section of the registration card. */
export const PARTICIPATION_INPUTS = {
  delegation: 'rtDelegation',
  areas: 'rtAreas',
  region: 'rtRegion',
  breakout: (rank: number) => `rtBreakout${rank}`,
} as const;

/** Whether the registration card of `event` gets the roundtable section. */
export function hasParticipationSection(event: EventDefinition, invited: number): boolean {
  if (event.kind === 'virtualDialogue') return false;
  return (
    invited > 0 || (event.thematicAreas ?? []).length > 0 || (event.breakoutGroups ?? []).length > 0
  );
}

/**
 * Reads the roundtable section of submitted card data (untrusted). A State's delegate must
 * name an invited State once invitations exist; nobody else may name one.
 */
export function parseParticipation(
  data: Record<string, unknown>,
  event: EventDefinition,
  invitedStates: ReadonlySet<string>,
): { ok: true; value: ParticipationDetails } | { ok: false; errors: FieldError[] } {
  const text = (id: string) => (typeof data[id] === 'string' ? (data[id] as string).trim() : '');
  const state = isStateCategory(text('category'));
  const delegation = text(PARTICIPATION_INPUTS.delegation).toUpperCase();
  const errors: FieldError[] = [];
  const field = PARTICIPATION_INPUTS.delegation;
  if (delegation && !state) errors.push({ field, key: 'rt.participation.delegationOnlyForStates' });
  else if (delegation && !invitedStates.has(delegation))
    errors.push({ field, key: 'rt.participation.notInvited' });
  else if (!delegation && state && invitedStates.size > 0)
    errors.push({ field, key: 'rt.participation.delegationRequired' });
  const areas = list(text(PARTICIPATION_INPUTS.areas));
  const region = text(PARTICIPATION_INPUTS.region);
  const regions = region ? [region] : [];
  if (areas.length > 0 || regions.length > 0) {
    errors.push(...checkDeclaration({ thematicAreaIds: areas, regionIds: regions }, event));
  }
  const groups = event.breakoutGroups ?? [];
  const choices = groups
    .map((_, i) => text(PARTICIPATION_INPUTS.breakout(i + 1)))
    .filter((id) => id !== '');
  errors.push(...checkBreakoutChoices(choices, groups));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...(delegation ? { delegationOf: delegation } : {}),
      ...(areas.length > 0 ? { matchSide: state ? ('need' as const) : ('offer' as const) } : {}),
      thematicAreaIds: areas,
      regionIds: areas.length > 0 ? regions : [],
      breakoutChoices: choices,
    },
  };
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
