import { readFileSync } from 'node:fs';

/**
 * `tsx scripts/bench/profile-top.ts FILE.cpuprofile [N]`: the N (default 15) functions with
 * the most self time in a CPU profile (`--cpu-prof`, or BENCH_PROFILE=1 of bench:register), and self time summed per package, so a
 * bench run's profile (BENCH_PROFILE=1) can be read without a browser.
 */
interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function main(): void {
  const [file, count = '15'] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-top.ts FILE.cpuprofile [N]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const perPackage = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    const where = frame.url.replace(/^.*\/(node_modules|perf)\//, '');
    const name = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + us);
    perPackage.set(packageOf(frame.url), (perPackage.get(packageOf(frame.url)) ?? 0) + us);
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
  for (const [name, us] of top(self, Number(count)))
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
  console.log('\nour functions, with what they call');
  for (const [name, us] of top(inclusiveOfOurs(profile), Number(count)))
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
  console.log('\nper package');
  for (const [name, us] of top(perPackage, 12))
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
}

/** Time on the stack (self and callees) of each function of bot/ and core/. */
function inclusiveOfOurs(profile: Profile): Map<string, number> {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const result = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let node = byId.get(id); node; node = parent.get(node.id)) {
      const { url, functionName, lineNumber } = node.callFrame;
      const ours = /\/(bot|core)\//.exec(url) && !url.includes('node_modules');
      if (!ours) continue;
      const name = `${functionName || '(anonymous)'}  ${url.replace(/^.*\/(bot|core)\//, '$1/')}:${lineNumber + 1}`;
      seen.add(name);
    }
    for (const name of seen)
      result.set(name, (result.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return result;
}

/** The npm package of a script URL, "(app)" for ours, "(native)" for V8 and Node internals. */
function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1]!;
  if (url.startsWith('wasm://')) return '@electric-sql/pglite (wasm)';
  if (url.startsWith('node:') || url === '') return '(native / node internals)';
  return '(app)';
}

main();
