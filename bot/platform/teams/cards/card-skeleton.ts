import { LRUCache } from 'lru-cache';
import type { Translate } from '../../../../core/i18n/catalog';
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
 * event changes), so a changed event or label rebuilds it. Bounded: past the limit the least
 * recently used skeleton goes (256: events x languages x card kinds of a busy instance).
 */
export class SkeletonCache {
  private readonly entries: LRUCache<string, { sources: readonly unknown[]; fill: Filler }>;

  constructor(limit = 256) {
    // No time to live: a skeleton is rebuilt when its sources change, never for its age.
    this.entries = new LRUCache({ max: limit });
  }

  get(key: string, sources: readonly unknown[], build: () => AdaptiveCardJson): Filler {
    const kept = this.entries.get(key);
    if (kept && sameSources(kept.sources, sources)) return kept.fill;
    const fill = cardSkeleton(build());
    this.entries.set(key, { sources, fill });
    return fill;
  }
}

function sameSources(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * A template expander that runs the template once per shape of its data and fills the
 * strings in afterwards: the shape is the data with every string replaced by a slot (array
 * lengths, booleans and numbers kept, as they decide `$data` and `$when`), plus the language.
 * Only for templates that use each string of the data whole (`"${name}"`), never inside a
 * longer text or a condition; each user's tests compare it with the plain expansion.
 */
export function shapedTemplate<Data extends object>(
  expand: (data: Data, t: Pick<Translate, 'language'>) => AdaptiveCardJson,
  limit = 256,
): (data: Data, t: Pick<Translate, 'language'>) => AdaptiveCardJson {
  // Shapes of one template: a handful per language; the least recently used goes past `limit`.
  const skeletons = new LRUCache<string, Filler>({ max: limit });
  return (data, t) => {
    const strings: Record<string, string> = {};
    const shape = shapeOf(data, 's', strings) as Data;
    const key = `${t.language}|${JSON.stringify(shape)}`;
    let fillIn = skeletons.get(key);
    if (!fillIn) {
      fillIn = cardSkeleton(expand(shape, t));
      skeletons.set(key, fillIn);
    }
    return fillIn(strings);
  };
}

/** The data with each string replaced by a slot named after its path; the strings go to `out`. */
function shapeOf(value: unknown, path: string, out: Record<string, string>): unknown {
  if (typeof value === 'string') {
    out[path] = value;
    return slot(path);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((inner, i) => shapeOf(inner, `${path}.${i}`, out));
  const shaped: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    shaped[key] = shapeOf(inner, `${path}.${key}`, out);
  return shaped;
}
