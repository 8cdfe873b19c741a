/**
 * Adds lock entries for foreign-platform optional binaries (darwin, win32, ...) that the
 * registry mirror of our build machines does not carry.
 *
 * Why: `npm install` silently skips an optional dependency it cannot fetch, so the lock file
 * written here lacks e.g. `@swc/core-darwin-arm64`; `npm ci` then refuses the lock as out of
 * sync with package.json. An entry with `os`/`cpu` set is what a lock written against the full
 * registry holds, and `npm ci` skips it on any other platform without fetching it.
 * Run after `npm install` changes the lock: `node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OS_TOKENS = [
  'darwin',
  'win32',
  'linux',
  'android',
  'freebsd',
  'openharmony',
  'sunos',
  'netbsd',
  'openbsd',
  'aix',
];
const CPU_TOKENS = [
  'arm64',
  'x64',
  'ia32',
  'arm',
  'ppc64',
  's390x',
  'loong64',
  'riscv64',
  'wasm32',
];

/** Reads the platform a binary package is for from its name, e.g. `core-linux-arm64-musl`. */
export function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.find((t) => OS_TOKENS.includes(t));
  const cpu = tokens.find((t) => CPU_TOKENS.includes(t));
  if (!os || !cpu) return undefined;
  const libc = tokens.some((t) => t.startsWith('musl'))
    ? 'musl'
    : tokens.includes('gnu')
      ? 'glibc'
      : undefined;
  return { os: [os], cpu: [cpu], ...(libc && os === 'linux' ? { libc: [libc] } : {}) };
}

function main() {
  const path = 'package-lock.json';
  const lock = JSON.parse(readFileSync(path, 'utf8'));
  const added = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const target = `node_modules/${dep}`;
      if (lock.packages[target] || lock.packages[`${key}/${target}`]) continue;
      const platform = platformOf(dep);
      if (!platform) continue;
      lock.packages[target] = {
        version,
        ...(entry.dev ? { dev: true } : {}),
        optional: true,
        ...platform,
      };
      added.push(`${dep}@${version}`);
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en')),
  );
  writeFileSync(path, JSON.stringify({ ...lock, packages: sorted }, null, 2) + '\n');
  console.log(
    added.length
      ? `added ${added.length} entries:\n  ${added.join('\n  ')}`
      : 'lock file already complete',
  );
}

main();
