/**
 * Builds the Teams tab (tab/src, React + Fluent UI) into tab/dist with esbuild: one flat folder,
 * since the service serves /tab/* by file name. `--if-stale` builds only when a source is newer
 * than the last build, so `npm start` and `npm test` can call it every time at almost no cost.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tab', 'dist');
const STAMP = path.join(OUT, '.build-stamp');
/** Everything the bundle is made of: a change to any of these makes tab/dist stale. */
const INPUTS = ['tab/src', 'tab/public', 'core', 'package-lock.json', 'scripts/build-tab.mjs'];

/** Whether tab/dist is missing or older than one of its inputs. */
export function tabIsStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > built);
}

/** Builds into a temporary folder and swaps it in, so a reader never sees half a build. */
export async function buildTab() {
  const staging = `${OUT}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'tab/src/main.tsx', legal: 'tab/src/legal-page.ts' },
    outdir: staging,
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    sourcesContent: false,
    format: 'esm',
    // teams-js is loaded only inside Teams, from its own chunk beside main.js.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    target: ['chrome109', 'edge109', 'firefox115', 'safari16'],
    jsx: 'automatic',
    tsconfig: 'tab/tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    logLevel: 'warning',
  });
  cpSync(path.join(ROOT, 'tab', 'public'), staging, { recursive: true });
  stampVersions(staging);
  writeFileSync(path.join(staging, '.build-stamp'), new Date().toISOString());
  rmSync(OUT, { recursive: true, force: true });
  renameSync(staging, OUT);
}

/** Adds `?v=<content hash>` to the script and style links, so Teams never runs a stale bundle. */
function stampVersions(dir) {
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const file = path.join(dir, page);
    const html = readFileSync(file, 'utf8').replace(
      /(src|href)="([\w-]+\.(?:js|css))"/g,
      (whole, attr, name) => {
        const target = path.join(dir, name);
        if (!existsSync(target)) return whole;
        const hash = createHash('sha256').update(readFileSync(target)).digest('hex').slice(0, 10);
        return `${attr}="${name}?v=${hash}"`;
      },
    );
    writeFileSync(file, html);
  }
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || tabIsStale()) {
    const started = Date.now();
    await buildTab();
    console.log(`Built the tab into tab/dist in ${Date.now() - started} ms.`);
  }
}
