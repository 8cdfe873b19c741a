/**
 * `npm run bench:chat`: what reading one hostile chat message costs (issue 18). Each input
 * shape is grown to 1 KB, 10 KB, 100 KB and the cap, then read the way a turn reads it (the
 * bot's mention removed, markup stripped, every parser tried) and timed beside a plain
 * `String.prototype.split(' ')` of the same text. A linear reader keeps the ratio flat as the
 * size grows; a backtracking one sees it climb. Prints only: no threshold (shared machine).
 *
 * Environment: BENCH_CHAT_MS (time spent per cell, default 200), BENCH_CHAT_SIZES (comma list
 * of sizes in characters, default 1024,10240,102400 and the cap).
 */
import { performance } from 'node:perf_hooks';
import { MAX_CHAT_TEXT_LENGTH } from '../../core/text/chat-line';
import { parseLanguageCommand } from '../../bot/i18n/language-command';
import { parseDecisionCommand } from '../../bot/organizer/decision-command';
import { parseRoundtableCommand } from '../../bot/roundtable/roundtable-command';
import { parseChatCommand } from '../../bot/basics/chat-command';
import { chatTextOf } from '../../bot/platform/teams/chat-text';
import { parseInputReviewCommand } from '../../bot/written-input/input-review-command';

const CELL_MS = Number(process.env.BENCH_CHAT_MS ?? 200);
const SIZES = (process.env.BENCH_CHAT_SIZES ?? `1024,10240,102400,${MAX_CHAT_TEXT_LENGTH}`)
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const BOT = '28:bench-bot';
const MENTION = { type: 'mention', text: '<at>Bot</at>', mentioned: { id: BOT } };

/** Hostile shapes, each filling `n` characters. */
const SHAPES: Record<string, (n: number) => string> = {
  'breakout a…a#': (n) => `breakout ${'a'.repeat(Math.max(1, n - 10))}#`,
  '<a<a<a…': (n) => '<a'.repeat(n / 2),
  '<at><at>…help': (n) => `${'<at>'.repeat((n - 4) / 4)}help`,
  'spaces…help': (n) => `${' '.repeat(n - 4)}help`,
  '.....x': (n) => `${'.'.repeat(n - 1)}x`,
  'bidi+Arabic+emoji': (n) => '\u202Eاللغة 👩\u200D💻 '.repeat(n / 12),
};

/** Reads a message as a turn does, but with no cap, to show how the readers themselves grow. */
function readAll(text: string): unknown {
  const activity = { text, recipient: { id: BOT, name: '' }, entities: [MENTION] };
  const read = chatTextOf(activity, Number.POSITIVE_INFINITY);
  const line = read.kind === 'line' ? read.line : '';
  return [
    parseLanguageCommand(line),
    parseRoundtableCommand(line),
    parseInputReviewCommand(line),
    parseDecisionCommand(line),
    parseChatCommand(line),
  ];
}

/** Microseconds per call of `task`, running it for about CELL_MS. */
function perCall(task: () => unknown): number {
  task();
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < CELL_MS || calls < 3) {
    task();
    calls += 1;
  }
  return ((performance.now() - start) * 1000) / calls;
}

console.log(
  `bench:chat · µs per message (cap ${MAX_CHAT_TEXT_LENGTH} chars) · split = text.split(' ')`,
);
console.log(
  `${'input'.padEnd(20)}${'chars'.padStart(8)}${'read µs'.padStart(12)}${'split µs'.padStart(12)}${'ratio'.padStart(9)}`,
);
for (const [name, shape] of Object.entries(SHAPES)) {
  for (const size of SIZES) {
    const text = shape(size);
    const read = perCall(() => readAll(text));
    const split = perCall(() => text.split(' '));
    console.log(
      `${name.padEnd(20)}${String(text.length).padStart(8)}${read.toFixed(1).padStart(12)}${split.toFixed(1).padStart(12)}${(read / split).toFixed(1).padStart(9)}`,
    );
  }
}
