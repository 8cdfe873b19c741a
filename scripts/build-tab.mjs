/**
 * Builds the Teams tab (tab/src, React + Fluent UI) into tab/dist with esbuild: one flat folder,
 * since the service serves /tab/* by file name. `--if-stale` builds only when a source is newer
 * than the last build, so `npm start` and `npm test` can call it every time at almost no cost.
 *
 * Scripts and styles carry their content hash in their name (cached for a year, immutable); the
 * pages name them and are never cached long. Each surface is its own chunk (the side panel does
 * not load the organizer): `surfaces.json` lists the files each one needs, for the service's
 * preload hints and `bench:tab`. Every text file is also written brotli- and gzip-compressed
 * beside itself, so the service negotiates encodings without compressing at request time
 * (decision 032).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

/** The lazily loaded module of each surface (tab/src/views/view-router.tsx imports them). */
const SURFACES = {
  panel: 'tab/src/views/panel-view.tsx',
  stage: 'tab/src/views/stage-view.tsx',
  programme: 'tab/src/views/programme-view.tsx',
  organizer: 'tab/src/views/organizer-view.tsx',
  config: 'tab/src/views/config-view.tsx',
  notice: 'tab/src/views/notice-view.tsx',
};
/** Files compressed at build: every text format the service sends. */
const COMPRESSIBLE = /\.(?:js|css|html|txt|json|svg)$/;

/** Builds into a temporary folder and swaps it in, so a reader never sees half a build. */
export async function buildTab() {
  const staging = `${OUT}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'tab/src/main.tsx', legal: 'tab/src/legal-page.ts' },
    outdir: staging,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    sourcesContent: false,
    format: 'esm',
    // Each surface and teams-js (loaded only inside Teams) are chunks of their own.
    splitting: true,
    metafile: true,
    plugins: [coreIsPure],
    target: ['chrome109', 'edge109', 'firefox115', 'safari16'],
    jsx: 'automatic',
    tsconfig: 'tab/tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const outputs = outputsOf(metafile, staging);
  const css = hashedCopy(path.join(ROOT, 'tab', 'public', 'tab.css'), staging);
  const names = {
    'main.js': outputs.entry('tab/src/main.tsx'),
    'legal.js': outputs.entry('tab/src/legal-page.ts'),
    'tab.css': css,
  };
  for (const page of readdirSync(path.join(ROOT, 'tab', 'public')).filter((f) =>
    f.endsWith('.html'),
  )) {
    const html = readFileSync(path.join(ROOT, 'tab', 'public', page), 'utf8').replace(
      /(src|href)="([\w-]+\.(?:js|css))"/g,
      (whole, attr, name) => (names[name] ? `${attr}="${names[name]}"` : whole),
    );
    writeFileSync(path.join(staging, page), html);
  }
  const main = outputs.closure(names['main.js']);
  const surfaces = Object.fromEntries(
    Object.entries(SURFACES).map(([view, source]) => [
      view,
      outputs.closure(outputs.entry(source)).filter((file) => !main.includes(file)),
    ]),
  );
  writeFileSync(
    path.join(staging, 'surfaces.json'),
    JSON.stringify({ css, main, surfaces }, null, 2),
  );
  compressAll(staging);
  writeFileSync(path.join(staging, '.build-stamp'), new Date().toISOString());
  rmSync(OUT, { recursive: true, force: true });
  renameSync(staging, OUT);
}

/**
 * core/ is pure rules (no module runs anything on import), so esbuild may drop what the tab
 * does not use of a barrel: without this the speaking queue's index pulled in luxon.
 */
const coreIsPure = {
  name: 'core-is-pure',
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'core-is-pure') return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'core-is-pure',
      });
      if (resolved.errors.length > 0) return resolved;
      const pure = resolved.path.startsWith(path.join(ROOT, 'core') + path.sep);
      return pure ? { ...resolved, sideEffects: false } : resolved;
    });
  },
};

/** The built files by their entry point, and the files a file imports without waiting. */
function outputsOf(metafile, staging) {
  const byEntry = new Map();
  const files = new Map();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const name = path.relative(staging, path.resolve(ROOT, file));
    files.set(name, output);
    if (output.entryPoint) byEntry.set(output.entryPoint, name);
  }
  const nameOf = (file) => path.relative(staging, path.resolve(ROOT, file));
  return {
    entry(source) {
      const name = byEntry.get(source);
      if (!name) throw new Error(`No output for ${source}: is it still imported lazily?`);
      return name;
    },
    closure(name) {
      const seen = [];
      const visit = (file) => {
        if (seen.includes(file)) return;
        seen.push(file);
        for (const used of files.get(file)?.imports ?? []) {
          if (used.kind === 'import-statement' && !used.external) visit(nameOf(used.path));
        }
      };
      visit(name);
      return seen;
    },
  };
}

/** Copies a file under a name with its content hash (`tab-1A2B3C4D.css`); returns the name. */
function hashedCopy(source, dir) {
  const bytes = readFileSync(source);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8).toUpperCase();
  const { name, ext } = path.parse(source);
  const hashed = `${name}-${hash}${ext}`;
  writeFileSync(path.join(dir, hashed), bytes);
  return hashed;
}

/** Writes `<file>.br` and `<file>.gz` beside every text file, at the strongest settings. */
function compressAll(dir) {
  for (const file of readdirSync(dir).filter((f) => COMPRESSIBLE.test(f))) {
    const bytes = readFileSync(path.join(dir, file));
    const br = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    writeFileSync(path.join(dir, `${file}.br`), br);
    writeFileSync(path.join(dir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
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
