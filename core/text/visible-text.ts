/**
 * Characters that change how the text around them reads without being seen: bidirectional
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), and zero-width or
 * invisible marks (U+200B, U+2060-U+2064, U+FEFF, U+180E, U+00AD). Joiners (U+200C, U+200D)
 * and the plain direction marks (U+200E, U+200F, U+061C) are left: Persian, Indic scripts,
 * emoji and Arabic text need them, and they cannot reorder or hide anything.
 */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u2060-\u2064\uFEFF\u180E\u00AD]/g;

/**
 * Shows those characters as text, `<U+202E>`, so a name like "Ali<U+202E>fdp.exe" cannot pass
 * for another in an export; everything else, markup included, is kept exactly as typed.
 */
export function visibleText(value: string): string {
  return value.replace(INVISIBLE, codePointLabel);
}

/** One character as its code point in visible text: U+202E gives `<U+202E>`. */
export function codePointLabel(c: string): string {
  return `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Removes those characters, for text read as a command rather than shown. */
export function withoutInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}
