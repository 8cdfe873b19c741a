import type { AdaptiveCardJson } from './card-json';

const PREFIX = '\u0000slot:';

/** Marks, in the data a template is expanded with once, where a per-request value goes. */
export function slot(name: string): string {
  return `${PREFIX}${name}`;
}

/** The per-request values of a skeleton's slots, by slot name. */
export type SlotValues = Readonly<Record<string, unknown>>;

/**
 * Turns a card expanded once with `slot(...)` markers into a filler: each fill copies only
 * the objects on the way to a slot and shares the rest (country lists, choices), frozen,
 * so a caller can build on the card (spread, replace) but never change the shared parts.
 */
export function cardSkeleton(card: AdaptiveCardJson): (values: SlotValues) => AdaptiveCardJson {
  const withSlots = new WeakSet<object>();
  mark(card, withSlots);
  return (values) => fill(card, values, withSlots) as AdaptiveCardJson;
}

/** Records which objects hold a slot somewhere below; freezes those that do not. */
function mark(node: unknown, withSlots: WeakSet<object>): boolean {
  if (typeof node === 'string') return node.startsWith(PREFIX);
  if (typeof node !== 'object' || node === null) return false;
  let found = false;
  for (const inner of Object.values(node)) if (mark(inner, withSlots)) found = true;
  if (found) withSlots.add(node);
  else Object.freeze(node);
  return found;
}

function fill(node: unknown, values: SlotValues, withSlots: WeakSet<object>): unknown {
  if (typeof node === 'string')
    return node.startsWith(PREFIX) ? values[node.slice(PREFIX.length)] : node;
  if (typeof node !== 'object' || node === null || !withSlots.has(node)) return node;
  if (Array.isArray(node)) return node.map((inner) => fill(inner, values, withSlots));
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(node)) {
    const value = fill(inner, values, withSlots);
    if (value !== undefined) copy[key] = value;
  }
  return copy;
}

type Filler = (values: SlotValues) => AdaptiveCardJson;

/**
 * Skeletons by key (e.g. event id + language), each kept while what it was built from is
 * the same: `sources` are compared by identity (the store keeps one event object until the
 * event changes), so a changed event or label rebuilds it. Bounded: past the limit it
 * starts afresh.
 */
export class SkeletonCache {
  private readonly entries = new Map<string, { sources: readonly unknown[]; fill: Filler }>();

  constructor(private readonly limit = 256) {}

  get(key: string, sources: readonly unknown[], build: () => AdaptiveCardJson): Filler {
    const kept = this.entries.get(key);
    if (kept && sameSources(kept.sources, sources)) return kept.fill;
    const fill = cardSkeleton(build());
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, { sources, fill });
    return fill;
  }
}

function sameSources(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
