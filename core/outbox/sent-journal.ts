/**
 * The sent journal of the embedded database (decision 040): one line per message the connector
 * (or Graph's sendMail) accepted, written before the row's "sent" mark, so a hard kill while the
 * mark waits in PGlite's one-session queue does not send the message again after the lease.
 * These are the journal's pure rules: its line format, reading it back, when to shorten it.
 */

/** A message accepted under one claim of its outbox row. */
export interface SentEntry {
  id: string;
  /** The claim it was sent under: the mark applies only while that claim still holds the row. */
  claimToken: string;
  at: Date;
}

/** One journal line, newline included. */
export function journalLine(entry: SentEntry): string {
  return `${JSON.stringify({ id: entry.id, claimToken: entry.claimToken, at: entry.at.toISOString() })}\n`;
}

/**
 * The entries of a journal's text. A line cut short by the kill (or anything else that is not
 * a whole entry) is skipped: that message is the at-least-once case it was before.
 */
export function readJournal(text: string): SentEntry[] {
  const entries: SentEntry[] = [];
  for (const line of text.split('\n')) {
    const entry = parseLine(line);
    if (entry) entries.push(entry);
  }
  return entries;
}

function parseLine(line: string): SentEntry | undefined {
  if (!line.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, claimToken, at } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof claimToken !== 'string' || typeof at !== 'string')
    return undefined;
  const when = new Date(at);
  return Number.isNaN(when.getTime()) ? undefined : { id, claimToken, at: when };
}

/** What the journal's writer should do after a mark was saved. */
export type JournalUpkeep =
  /** Keep appending. */
  | { kind: 'keep' }
  /** Every line's mark is saved: empty the file. */
  | { kind: 'empty' }
  /** Marks keep arriving while others wait: write only the unsaved lines, in place of all. */
  | { kind: 'rewrite' };

/**
 * Lines written since the file was last emptied or rewritten, and marks still unsaved. Emptied
 * whenever nothing is unsaved and the file has grown a little; under a load that never lets
 * the unsaved count fall to zero, rewritten to the unsaved lines once it is long.
 */
export function journalUpkeep(
  state: { lines: number; unsaved: number },
  limits = { emptyAfter: 64, rewriteAfter: 4096 },
): JournalUpkeep {
  if (state.unsaved === 0 && state.lines >= limits.emptyAfter) return { kind: 'empty' };
  if (state.lines >= limits.rewriteAfter) return { kind: 'rewrite' };
  return { kind: 'keep' };
}
