import roundtable from '../../examples/global-roundtable-2024-05-10.json';
import dialogue from '../../examples/oewg-informal-dialogue-2024-02-28.json';
import type { EventDefinition } from '../event/event';
import { parseEventDefinition } from '../event/event-schema';

/** The seed roundtable of 10 May 2024 as a validated event, for specs. */
export function seedRoundtable(): EventDefinition {
  return parsed(roundtable);
}

/** The seed dialogue of 28 February 2024 (winter time in New York), for specs. */
export function seedDialogue(): EventDefinition {
  return parsed(dialogue);
}

function parsed(input: unknown): EventDefinition {
  const result = parseEventDefinition(input);
  if (!result.ok) throw new Error(`Seed example must be valid: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** A small seeded PRNG (mulberry32) so property-style specs replay the same inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a random order drawn from `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
