import type { AuditRecord, SpeakingQueue } from '../speaking-queue/queue-types';
import { elapsedMs } from '../speaking-queue/timer';
import type { VttCue } from './webvtt';

/** A transcript cue placed on the wall clock (epoch ms), as stored after reading Graph. */
export interface TimedCue {
  at: number;
  end: number;
  voice: string | null;
  text: string;
}

/** What is known of the meeting's transcript when the summary is made. */
export type TranscriptState =
  | { kind: 'stored'; cues: TimedCue[] }
  /** The meeting was not transcribed (Graph lists no transcript), or it is not read yet. */
  | { kind: 'none' }
  /** Graph answered 403: the application permission missing. */
  | { kind: 'refused'; permission: string }
  /** Graph gave a file that is not WebVTT as Teams writes it. */
  | { kind: 'unreadable' };

/** What was said during one intervention, for the summary's list of speakers. */
export interface Excerpt {
  /** The voice names of the transcript, in order of first appearance. */
  voices: string[];
  text: string;
  /** The chair hid it: the summary says so instead of showing the words. */
  hidden: boolean;
}

/** The key of an intervention across sessions. */
export function turnKey(sessionId: string, entryId: string): string {
  return `${sessionId}/${entryId}`;
}

/**
 * Places a transcript's cues on the wall clock: Graph gives each transcript's
 * `createdDateTime` (when transcription started) and the VTT times run from there.
 */
export function timedCues(startedAt: number, cues: readonly VttCue[]): TimedCue[] {
  return cues.map((c) => ({
    at: startedAt + c.startMs,
    end: startedAt + c.endMs,
    voice: c.voice,
    text: c.text,
  }));
}

/**
 * When each turn had the floor, on the queue's clock, from the list's audit: from the chair's
 * `callNext` that gave it the floor to the `finishTurn` or next `callNext` that ended it.
 * A turn still speaking ends at `now`; a turn whose end is missing ends after its time used.
 */
export function turnWindows(
  queue: SpeakingQueue,
  audit: readonly AuditRecord[],
  now: number,
): Map<string, { from: number; to: number }> {
  const from = new Map<string, number>();
  const to = new Map<string, number>();
  for (const record of audit) {
    const at = Date.parse(record.at);
    if (Number.isNaN(at)) continue;
    const ended = record.detail.endedEntryId;
    if (record.action === 'callNext' && typeof ended === 'string' && !to.has(ended)) {
      to.set(ended, at);
    }
    if (record.action === 'callNext' && record.entryId) {
      from.set(record.entryId, at);
      to.delete(record.entryId);
    }
    if (record.action === 'finishTurn' && record.entryId && !to.has(record.entryId)) {
      to.set(record.entryId, at);
    }
  }
  const windows = new Map<string, { from: number; to: number }>();
  for (const entry of queue.entries) {
    const start = from.get(entry.id);
    if (start === undefined || (entry.status !== 'done' && entry.status !== 'speaking')) continue;
    const end =
      to.get(entry.id) ?? (entry.status === 'speaking' ? now : start + elapsedMs(entry.timer, now));
    windows.set(entry.id, { from: start, to: Math.max(start, end) });
  }
  return windows;
}

/**
 * The words spoken during a turn: every cue that overlaps its window by at least half the
 * cue's length (a sentence begun before the floor was given belongs to the one before).
 */
export function excerptOf(
  cues: readonly TimedCue[],
  window: { from: number; to: number },
  hidden: boolean,
): Excerpt | null {
  const inside = cues.filter((c) => {
    const overlap = Math.min(c.end, window.to) - Math.max(c.at, window.from);
    return overlap > 0 && overlap * 2 >= c.end - c.at;
  });
  if (inside.length === 0) return null;
  const voices: string[] = [];
  for (const c of inside) if (c.voice && !voices.includes(c.voice)) voices.push(c.voice);
  return { voices, text: inside.map((c) => c.text).join(' '), hidden };
}

/**
 * The excerpt of every intervention of the summary, by `turnKey`: null where the transcript
 * holds nothing for the turn. Empty unless a transcript is stored.
 */
export function excerptsOf(
  turns: readonly { sessionId: string; entryId: string }[],
  lists: readonly { queue: SpeakingQueue; audit: readonly AuditRecord[] }[],
  transcript: TranscriptState,
  hidden: ReadonlySet<string>,
  now: number,
): Map<string, Excerpt | null> {
  const excerpts = new Map<string, Excerpt | null>();
  if (transcript.kind !== 'stored') return excerpts;
  const windows = new Map(
    lists.map(({ queue, audit }) => [queue.sessionId, turnWindows(queue, audit, now)]),
  );
  for (const { sessionId, entryId } of turns) {
    const key = turnKey(sessionId, entryId);
    const window = windows.get(sessionId)?.get(entryId);
    excerpts.set(key, window ? excerptOf(transcript.cues, window, hidden.has(key)) : null);
  }
  return excerpts;
}
