import { codePointLabel } from './visible-text';

const EMBEDDING_OR_OVERRIDE = /[\u202A-\u202E]/;
const ISOLATE_OPENER = /[\u2066-\u2068]/;
const ISOLATE_CLOSER = '\u2069';

/**
 * A value quoted inside a sentence, made unable to reorder the sentence around it: embeddings
 * and overrides (U+202A-U+202E, as in "Ruiz<U+202E>gpj.exe") and isolates left unpaired are
 * shown as `<U+202E>`. Paired isolates stay: they affect only their own span, and the
 * catalog itself nests them (an Arabic text quoting another translated text).
 */
export function containedBidi(value: string): string {
  const chars = [...value];
  const shown = new Set<number>();
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (EMBEDDING_OR_OVERRIDE.test(c)) shown.add(i);
    else if (ISOLATE_OPENER.test(c)) open.push(i);
    else if (c === ISOLATE_CLOSER && open.pop() === undefined) shown.add(i);
  });
  open.forEach((i) => shown.add(i));
  if (shown.size === 0) return value;
  return chars.map((c, i) => (shown.has(i) ? codePointLabel(c) : c)).join('');
}
