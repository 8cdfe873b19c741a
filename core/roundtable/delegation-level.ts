/** Levels of representation, highest first: the order of protocol at a ministerial meeting. */
export const DELEGATION_LEVELS = ['minister', 'deputyMinister', 'ambassador', 'other'] as const;
export type DelegationLevel = (typeof DELEGATION_LEVELS)[number];

/** Protocol rank of a level; lower speaks first. */
export function levelRank(level: DelegationLevel): number {
  switch (level) {
    case 'minister':
      return 0;
    case 'deputyMinister':
      return 1;
    case 'ambassador':
      return 2;
    case 'other':
      return 3;
  }
}

/** True for one of the four level names, as a card submits it. */
export function isDelegationLevel(value: unknown): value is DelegationLevel {
  return (DELEGATION_LEVELS as readonly unknown[]).includes(value);
}
