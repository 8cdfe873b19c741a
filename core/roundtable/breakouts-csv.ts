import type { BreakoutGroup } from '../event/event';
import type { BreakoutPlan } from './breakout';
import { csvDocument } from '../csv/csv';
import { csvHeadings } from '../csv/csv-headings';
import type { Translate } from '../i18n/catalog';

/** A seated or waiting participant as the chair's team lists them. */
export interface BreakoutPerson {
  participantId: string;
  name: string;
  organization: string;
  referenceCode: string;
}

const HEADINGS = ['groupId', 'groupTitle', 'referenceCode', 'name', 'organization', 'reason'];

/**
 * The breakout lists as CSV, group by group in the event's order, then the overflow (group
 * "overflow"); people in the order they were placed.
 */
export function breakoutsCsv(
  plan: BreakoutPlan,
  groups: readonly BreakoutGroup[],
  people: ReadonlyMap<string, BreakoutPerson>,
  t?: Translate,
): string {
  const row = (groupId: string, title: string, id: string, reason: string) => {
    const p = people.get(id);
    return [groupId, title, p?.referenceCode ?? '', p?.name ?? id, p?.organization ?? '', reason];
  };
  const rows = groups.flatMap((g) =>
    plan.placements
      .filter((p) => p.groupId === g.id)
      .map((p) => row(g.id, g.title, p.participantId, p.reason)),
  );
  const overflow = plan.overflow.map((id) => row('overflow', '', id, 'overflow'));
  return csvDocument([csvHeadings(HEADINGS, t), ...rows, ...overflow]);
}
