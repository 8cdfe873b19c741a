import type { BreakoutGroup } from '../event/event';
import type { FieldError } from '../event/field-error';

/** Checks a participant's ranked choices: known groups, none twice. */
export function checkBreakoutChoices(
  choices: readonly string[],
  groups: readonly BreakoutGroup[],
): FieldError[] {
  const known = new Set(groups.map((g) => g.id));
  return choices.flatMap((id, i): FieldError[] => {
    const field = `choices.${i}`;
    if (!known.has(id)) return [{ field, key: 'roundtable.breakout.unknownGroup', params: { id } }];
    if (choices.indexOf(id) !== i) {
      return [{ field, key: 'roundtable.field.duplicateChoice', params: { id } }];
    }
    return [];
  });
}
