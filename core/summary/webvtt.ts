/** One cue of a WebVTT file: its times from the file's start, its voice and its plain text. */
export interface VttCue {
  startMs: number;
  endMs: number;
  /** The `<v Name>` voice tag's name; null when the cue has none. */
  voice: string | null;
  text: string;
}

export type VttResult =
  { ok: true; cues: VttCue[] } | { ok: false; line: number; reason: 'header' | 'timing' | 'order' };

/** At most this many cues: a day of meeting is far fewer; more is not a transcript. */
const MAX_CUES = 200_000;

/**
 * A small strict WebVTT reader (W3C WebVTT, the subset Teams transcripts use): the `WEBVTT`
 * signature, NOTE, STYLE and REGION blocks skipped, optional cue identifiers, timings with
 * optional hours and settings, and cue text whose `<v Name>` voice is kept and other tags
 * dropped (decision 039). A file that breaks these rules is refused with its line number,
 * rather than read into excerpts that might put words in the wrong mouth.
 */
export function parseWebVtt(source: string): VttResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const header = lines[0] ?? '';
  if (header !== 'WEBVTT' && !header.startsWith('WEBVTT ') && !header.startsWith('WEBVTT\t')) {
    return { ok: false, line: 1, reason: 'header' };
  }
  const cues: VttCue[] = [];
  let i = 1;
  // The header's own lines run to the first blank line.
  while (i < lines.length && lines[i] !== '') i += 1;
  while (i < lines.length && cues.length < MAX_CUES) {
    while (i < lines.length && lines[i] === '') i += 1;
    if (i >= lines.length) break;
    const start = i;
    const block: string[] = [];
    while (i < lines.length && lines[i] !== '') block.push(lines[i++] ?? '');
    const first = block[0] ?? '';
    if (/^(NOTE|STYLE|REGION)([ \t]|$)/.test(first)) continue;
    const timingAt = first.includes('-->') ? 0 : 1;
    const timing = parseTiming(block[timingAt] ?? '');
    if (!timing) return { ok: false, line: start + timingAt + 1, reason: 'timing' };
    const previous = cues[cues.length - 1];
    if (timing.endMs < timing.startMs || (previous && timing.startMs < previous.startMs)) {
      return { ok: false, line: start + timingAt + 1, reason: 'order' };
    }
    cues.push({ ...timing, ...cueText(block.slice(timingAt + 1).join('\n')) });
  }
  return { ok: true, cues };
}

/** `[hh:]mm:ss.ttt --> [hh:]mm:ss.ttt [settings]`, read by plain string steps (decision 018). */
function parseTiming(line: string): { startMs: number; endMs: number } | undefined {
  const arrow = line.indexOf('-->');
  if (arrow < 1) return undefined;
  const before = line.slice(0, arrow);
  const after = line.slice(arrow + 3);
  if (!/[ \t]$/.test(before) || !/^[ \t]/.test(after)) return undefined;
  // Cue settings (`align:start`...) may follow the end time; they do not matter here.
  const [end = ''] = after.trim().split(/[ \t]/);
  const startMs = timestamp(before.trim());
  const endMs = timestamp(end);
  if (startMs === undefined || endMs === undefined) return undefined;
  return { startMs, endMs };
}

function timestamp(text: string): number | undefined {
  const parts = text.split(':');
  if (parts.length < 2 || parts.length > 3) return undefined;
  const [seconds = '', minutes = '', hours = '0'] = [...parts].reverse();
  if (!/^[0-5]\d\.\d{3}$/.test(seconds) || !/^[0-5]\d$/.test(minutes)) return undefined;
  if (parts.length === 3 && !/^\d{2,}$/.test(hours)) return undefined;
  return (
    ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds.slice(0, 2))) * 1000 +
    Number(seconds.slice(3))
  );
}

/** The cue's voice and its words, tags dropped and character references decoded. */
function cueText(payload: string): { voice: string | null; text: string } {
  let voice: string | null = null;
  let words = '';
  let at = 0;
  while (at < payload.length) {
    const open = payload.indexOf('<', at);
    if (open < 0) {
      words += payload.slice(at);
      break;
    }
    words += payload.slice(at, open);
    const close = payload.indexOf('>', open);
    if (close < 0) break;
    const tag = payload.slice(open + 1, close);
    if (voice === null && (tag.startsWith('v ') || tag.startsWith('v\t') || tag.startsWith('v.'))) {
      const space = tag.search(/[ \t]/);
      voice = space < 0 ? null : tag.slice(space + 1).trim() || null;
    }
    at = close + 1;
  }
  const text = decode(words).split(/\s+/).filter(Boolean).join(' ');
  return { voice, text };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00A0',
  lrm: '\u200E',
  rlm: '\u200F',
  quot: '"',
  apos: "'",
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,5});/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
