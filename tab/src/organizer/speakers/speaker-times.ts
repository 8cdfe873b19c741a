/** A speaking time as the chair reads and writes it: `m:ss`. */
export function clockOf(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** `3:00`, `2:30` or `4` (minutes) as seconds; undefined for anything else. */
export function secondsOf(text: string): number | undefined {
  const match = /^\s*(\d{1,2})(?::([0-5]\d))?\s*$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2] ?? 0);
}
