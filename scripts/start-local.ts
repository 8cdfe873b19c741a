import { spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { hasExited, spawnKept, stopKept } from './lib/kept-child';
import { waitForUrl } from './lib/wait-for-url';
import { serviceNodeOptions } from './service-heap';
import {
  startDirectLineStandIn,
  type DirectLineStandIn,
} from '../tests/support/directline-standin';

/**
 * `npm start`: runs the service (`tsx bot/main.ts`) and, once it answers /healthz, Microsoft 365
 * Agents Playground pointed at it, so a newcomer can chat with the bot with no tenant and no
 * tunnel. Ctrl-C or SIGTERM stops both; if either dies, the other is stopped too. A loopback
 * Direct Line stand-in (in this process) carries the public registration page's chat, unless
 * DIRECT_LINE_SECRET names a real channel.
 */
const ROOT = path.resolve(__dirname, '..');
const PORT = process.env.PORT ?? '3978';
const PLAYGROUND_PORT = process.env.PLAYGROUND_PORT ?? '56150';
const SERVICE = 'the bot service (tsx bot/main.ts)';
/** The event of examples/demo-informal-dialogue.json, which the service loads at start. */
const DEMO_EVENT_ID = 'demo-informal-dialogue';
const PLAYGROUND = 'the Agents Playground';

const children = new Map<string, ChildProcess>();
let stopping = false;
let directLine: DirectLineStandIn | undefined;

async function main(): Promise<void> {
  const health = `http://127.0.0.1:${PORT}/healthz`;
  if (await answers(health)) {
    fail(`Port ${PORT} already answers ${health}: stop that process or set PORT.`);
  }
  buildTabIfStale();
  const tsx = resolve('tsx/cli');
  // The page's chat needs Direct Line: the loopback stand-in, unless a real one is configured.
  if (!process.env.DIRECT_LINE_SECRET) {
    directLine = await startDirectLineStandIn({
      botEndpoint: `http://127.0.0.1:${PORT}/api/messages`,
    });
  }
  // The demo copy of the seed dialogue, moved forward so its registration is open today.
  const serviceEnv = {
    DEMO_EVENT_FILE: path.join(ROOT, 'examples', 'demo-informal-dialogue.json'),
    ...(directLine
      ? { DIRECT_LINE_SECRET: directLine.secret, DIRECT_LINE_ENDPOINT: directLine.endpoint }
      : {}),
    ...process.env,
    NODE_OPTIONS: serviceNodeOptions(process.env.NODE_OPTIONS),
    PORT,
  };
  const service = watch(
    SERVICE,
    spawnKept(process.execPath, [tsx, 'bot/main.ts'], { cwd: ROOT, env: serviceEnv }),
  );
  // A first start creates the embedded database; on a busy two-core machine that took over a minute.
  await waitForUrl(health, { timeoutMs: 180_000, abandon: () => exitReason(service) });

  const cli = resolve('@microsoft/m365agentsplayground/cli.js');
  const endpoint = `http://127.0.0.1:${PORT}/api/messages`;
  const args = ['--disable-telemetry', '-e', endpoint, '-c', 'msteams', '-p', PLAYGROUND_PORT];
  // No browser to open and no telemetry: --disable-telemetry alone still lets statsbeat probe the net.
  const env = {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: 'none',
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
  };
  const playground = watch(
    PLAYGROUND,
    spawnKept(process.execPath, [cli, ...args], { cwd: ROOT, env, output: 'pipe' }),
  );
  playground.stderr?.pipe(process.stderr);
  // The CLI falls back to a random port when the asked one is busy: trust only what it prints.
  const port = await listeningPort(playground);
  await waitForUrl(`http://127.0.0.1:${port}/_debug/ping`, {
    abandon: () => exitReason(playground),
  });
  const tab = `http://localhost:${PORT}/tab/index.html`;
  console.log(
    `\nReady: open http://localhost:${port} in your browser to chat with the bot. Ctrl-C stops it.` +
      `\nRegistration page for the letter (no Teams needed): http://localhost:${PORT}/events/${DEMO_EVENT_ID}/register` +
      `\nSpeaking queue tab (development sign-in): ${tab}?view=panel&eventId=${DEMO_EVENT_ID}` +
      ` (also ?view=stage, ?view=organizer, ?view=config).\n`,
  );
  console.log(mailNotice(serviceEnv));
}

/** Where mail to people registered on the web goes: the folder to read codes and confirmations in. */
function mailNotice(env: NodeJS.ProcessEnv): string {
  if (env.MAIL_SENDER && env.GRAPH_CLIENT_ID)
    return `Mail is sent through Graph from ${env.MAIL_SENDER}.\n`;
  const folder = path.resolve(ROOT, env.MAIL_DIR || './data/mail');
  return `Mail (email codes, confirmations, login details with their .ics) is written to ${folder}\n`;
}

/** Builds tab/dist when it is missing or older than its sources (a second or two). */
function buildTabIfStale(): void {
  const built = spawnSync(process.execPath, ['scripts/build-tab.mjs', '--if-stale'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) fail('Could not build the tab (node scripts/build-tab.mjs).');
}

/** Registers a child so that its death stops the other one and ends this script. */
function watch(name: string, child: ChildProcess): ChildProcess {
  children.set(name, child);
  child.on('exit', () => {
    if (stopping) return;
    console.error(`\n${name} ${exitReason(child)}; stopping everything.`);
    void stopAll('SIGTERM', 1);
  });
  return child;
}

async function stopAll(signal: NodeJS.Signals, code: number): Promise<void> {
  stopping = true;
  await Promise.all([...children.values()].map((child) => stopKept(child, signal)));
  await directLine?.close();
  process.exit(code);
}

function exitReason(child: ChildProcess): string | undefined {
  if (!hasExited(child)) return undefined;
  return child.signalCode
    ? `was killed by ${child.signalCode}`
    : `exited with code ${child.exitCode}`;
}

function listeningPort(child: ChildProcess): Promise<string> {
  return new Promise((resolvePort, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /Listening on (\d+)/.exec(text);
      if (match?.[1]) resolvePort(match[1]);
    });
    child.on('exit', () =>
      reject(new Error(`${PLAYGROUND} ${exitReason(child)} before listening`)),
    );
  });
}

async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
    () => true,
    () => false,
  );
}

function resolve(request: string): string {
  return require.resolve(request, { paths: [ROOT] });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // tsx relays the terminal's Ctrl-C too, so the same stop can arrive twice.
    if (!stopping) void stopAll(signal, 0);
  });
}

main().catch((error: Error) => {
  if (stopping) return;
  console.error(`\nCould not start: ${error.message}`);
  void stopAll('SIGTERM', 1);
});
