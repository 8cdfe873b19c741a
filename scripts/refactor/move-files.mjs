/**
 * Moves files with `git mv` and rewrites every relative import that pointed at them (and every
 * relative import inside them), so a move is a commit of renames and import lines only.
 * Usage: node scripts/refactor/move-files.mjs moves.txt  (lines: "from to", files or folders)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const lines = fs
  .readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .map((l) => l.trim());
const pairs = lines.filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/));

const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
const moved = new Map();
for (const [from, to] of pairs) {
  for (const file of tracked) {
    if (moved.has(file)) continue;
    if (file === from) moved.set(file, to);
    else if (file.startsWith(from + '/')) moved.set(file, to + file.slice(from.length));
  }
}
const newPath = (file) => moved.get(file) ?? file;
const sources = tracked.filter(
  (f) => /\.(ts|tsx|mts|mjs)$/.test(f) && /^(bot|tests|scripts|appPackage|core|tab)\//.test(f),
);
const exists = new Set(tracked);

function resolve(fromFile, spec) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  for (const c of [base, base + '.ts', base + '.tsx', base + '/index.ts'])
    if (exists.has(c)) return c;
  return undefined;
}

function respec(fromNew, targetOld, spec) {
  const targetNew = newPath(targetOld);
  let rel;
  if (targetOld.endsWith('/index.ts') && !spec.endsWith('index')) {
    rel = path.posix.relative(path.posix.dirname(fromNew), path.posix.dirname(targetNew));
  } else {
    const keepExt = /\.[a-z]+$/.test(spec) && !spec.endsWith('.ts');
    const stripped = keepExt ? targetNew : targetNew.replace(/\.(ts|tsx)$/, '');
    rel = path.posix.relative(path.posix.dirname(fromNew), stripped);
  }
  if (!rel.startsWith('.')) rel = './' + rel;
  return rel;
}

const rewritten = new Map();
for (const file of sources) {
  const src = fs.readFileSync(file, 'utf8');
  const fromNew = newPath(file);
  const out = src.replace(
    /((?:from|import|require|mock)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\2/g,
    (whole, pre, q, spec) => {
      const target = resolve(file, spec);
      if (!target) return whole;
      const next = respec(fromNew, target, spec);
      return next === spec ? whole : `${pre}${q}${next}${q}`;
    },
  );
  if (out !== src) rewritten.set(fromNew, out);
}
for (const [from, to] of moved) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to]);
}
for (const [file, text] of rewritten) fs.writeFileSync(file, text);
console.log(`moved ${moved.size} files, rewrote imports in ${rewritten.size}`);
