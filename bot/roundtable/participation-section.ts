import type { FieldError } from '../../core/event/field-error';
import type { Translate } from '../../core/i18n/catalog';
import { PARTICIPATION_INPUTS } from '../../core/roundtable/participation';
import { unStateName } from '../../core/roundtable/un-state-names';
import type { Participation } from './roundtable-store';
import type { SectionInputs } from '../registration';
import type { ParticipationContext } from './participation-service';
import { cardTemplate } from '../platform/teams/cards/card-json';
import template from './templates/roundtable-section.json';

const expand = cardTemplate(template);

/** What the section's inputs show: as submitted, as stored, or blank. */
export interface SectionValues {
  delegation: string;
  areas: string;
  region: string;
  breakouts: string[];
}

/** Values as a submitted card carries them. */
export function valuesFromData(data: SectionInputs, groups: number): SectionValues {
  const text = (id: string) => (typeof data[id] === 'string' ? (data[id] as string) : '');
  return {
    delegation: text(PARTICIPATION_INPUTS.delegation),
    areas: text(PARTICIPATION_INPUTS.areas),
    region: text(PARTICIPATION_INPUTS.region),
    breakouts: Array.from({ length: groups }, (_, i) => text(PARTICIPATION_INPUTS.breakout(i + 1))),
  };
}

/** The section's inputs as stored details fill them, for an edit. */
export function inputsFromStored(p: Participation | undefined): SectionInputs {
  return {
    [PARTICIPATION_INPUTS.delegation]: p?.delegationOf ?? '',
    [PARTICIPATION_INPUTS.areas]: (p?.thematicAreaIds ?? []).join(','),
    [PARTICIPATION_INPUTS.region]: p?.regionIds[0] ?? '',
    ...Object.fromEntries(
      (p?.breakoutChoices ?? []).map((id, i) => [PARTICIPATION_INPUTS.breakout(i + 1), id]),
    ),
  };
}

/**
 * The roundtable section (delegation, offers or needs, ranked breakout choices) that the
 * registration form shows before its submit button; the form's own inputs are untouched.
 */
export function participationCard(
  context: ParticipationContext,
  values: SectionValues,
  errors: readonly FieldError[],
  t: Translate,
): readonly unknown[] {
  const { event } = context;
  const groups = event.breakoutGroups ?? [];
  const errorOf = (prefix: string) =>
    errors
      .filter((e) => e.field.startsWith(prefix))
      .map((e) => t(e.key, e.params))
      .join(' ');
  const groupChoices = groups.map((g) => ({ title: g.title, value: g.id }));
  const section = expand(
    {
      labels: {
        heading: t('rt.participation.heading'),
        delegation: t('rt.participation.delegation'),
        delegationPlaceholder: t('rt.participation.delegationPlaceholder'),
        areas: t('rt.participation.areas'),
        region: t('rt.participation.region'),
        regionPlaceholder: t('rt.participation.regionPlaceholder'),
      },
      hasStates: context.invitedStates.length > 0,
      states: context.invitedStates
        .map((code) => ({ title: unStateName(code, t.language), value: code }))
        .sort((a, b) => a.title.localeCompare(b.title, t.language)),
      hasAreas: (event.thematicAreas ?? []).length > 0,
      areas: (event.thematicAreas ?? []).map((a) => ({ title: a.label, value: a.id })),
      hasRegions: (event.regions ?? []).length > 0,
      regions: (event.regions ?? []).map((r) => ({ title: r.label, value: r.id })),
      breakouts: groups.map((_, i) => ({
        id: PARTICIPATION_INPUTS.breakout(i + 1),
        label: t('rt.participation.breakout', { rank: i + 1 }),
        placeholder: t('rt.participation.breakoutPlaceholder'),
        choices: groupChoices,
        value: values.breakouts[i] ?? '',
      })),
      values,
      errors: {
        delegation: errorOf(PARTICIPATION_INPUTS.delegation),
        hasDelegation: errorOf(PARTICIPATION_INPUTS.delegation) !== '',
        areas: errorOf('thematicAreaIds') + errorOf('regionIds'),
        hasAreas: errorOf('thematicAreaIds') + errorOf('regionIds') !== '',
        breakouts: errorOf('choices'),
        hasBreakouts: errorOf('choices') !== '',
      },
    },
    t,
  );
  return Array.isArray(section.body) ? (section.body as unknown[]) : [];
}
