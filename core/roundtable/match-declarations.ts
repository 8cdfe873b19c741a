import type { EventDefinition } from '../event/event';
import type { FieldError } from '../event/field-error';

/**
 * Checks the thematic areas and regions of an offer or a need against the event's lists:
 * at least one known area, no unknown or repeated id.
 */
export function checkDeclaration(
  declaration: { thematicAreaIds: readonly string[]; regionIds: readonly string[] },
  event: Pick<EventDefinition, 'thematicAreas' | 'regions'>,
): FieldError[] {
  const areas = new Set((event.thematicAreas ?? []).map((a) => a.id));
  const regions = new Set((event.regions ?? []).map((r) => r.id));
  const errors = [
    ...checkIds('thematicAreaIds', declaration.thematicAreaIds, areas, 'unknownThematicArea'),
    ...checkIds('regionIds', declaration.regionIds, regions, 'unknownRegion'),
  ];
  if (declaration.thematicAreaIds.length === 0) {
    errors.unshift({ field: 'thematicAreaIds', key: 'field.required' });
  }
  return errors;
}

function checkIds(
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  unknown: 'unknownThematicArea' | 'unknownRegion',
): FieldError[] {
  return ids.flatMap((id, i): FieldError[] => {
    if (!known.has(id))
      return [{ field: `${field}.${i}`, key: `roundtable.field.${unknown}`, params: { id } }];
    if (ids.indexOf(id) !== i)
      return [{ field: `${field}.${i}`, key: 'roundtable.field.duplicateChoice', params: { id } }];
    return [];
  });
}
