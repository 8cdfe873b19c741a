/** Finding texts that bypass the catalog: under the pseudo-locale, every catalog text is [bracketed]. */
type Json = Record<string, unknown>;

const VISIBLE = [
  'text',
  'title',
  'label',
  'placeholder',
  'errorMessage',
  'altText',
  'fallbackText',
];

/** Every visible string of a card (inputs' typed values excluded), one per node. */
export function visibleTexts(card: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Json;
    for (const key of VISIBLE) if (typeof n[key] === 'string') found.push(n[key] as string);
    // A fact's value is shown; an input's value is what the person typed or chose.
    if (n.type === 'Fact' && typeof n.value === 'string') found.push(n.value);
    Object.entries(n).forEach(([key, child]) => key !== 'data' && walk(child));
  };
  walk(card);
  return found;
}

const PSEUDO = /^\[[\s\S]*\]$/;
const DATE =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} \w+ \d{4}, \d\d:\d\d \S+$/;

/**
 * The texts that are neither pseudo-locale (bracketed) nor data: what the person typed or the
 * bot was given (`data`), reference codes, links, numbers and dates (the pseudo-locale formats
 * dates as English, inside a bracketed sentence or alone on a line).
 */
export function bypassingTexts(texts: readonly string[], data: readonly string[]): string[] {
  return texts
    .map((t) => t.replace(/[\u2068\u2069]/g, '').trim())
    .filter((t) => t !== '')
    .filter(
      (t) =>
        !PSEUDO.test(t) &&
        !DATE.test(t) &&
        !data.includes(t) &&
        !/^REG-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(t) &&
        !/^https?:\/\/\S+$/.test(t) &&
        !/^[\d\s.,:%/-]+$/.test(t),
    );
}
