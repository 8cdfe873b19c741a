import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Runs in its own process group as the parent of the real child. It forwards SIGINT, SIGTERM
 * and SIGHUP to the child, treats its stdin closing (the parent died, even by SIGKILL) as
 * SIGTERM, kills the whole group when the grace period runs out, and once the child has
 * exited it clears any grandchildren left in the group and exits with the child's code.
 */
const KEEPER = `
const { spawn } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');
const { constants } = require('node:os');
const [grace, command, ...args] = process.argv.slice(1);
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
let code = null;
const killGroup = (signal) => { try { process.kill(0, signal); } catch {} };
// Every other process of this group (the keeper leads it): what the child left behind.
const killOthers = () => {
  let entries = [];
  try { entries = readdirSync('/proc'); } catch { return; }
  for (const entry of entries) {
    if (!/^[0-9]+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const stat = readFileSync('/proc/' + entry + '/stat', 'utf8');
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (group === process.pid) process.kill(Number(entry), 'SIGKILL');
    } catch {}
  }
};
const stop = (signal) => {
  if (code !== null) process.exit(code);
  child.kill(signal);
  setTimeout(() => killGroup('SIGKILL'), Number(grace)).unref();
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
process.stdin.on('end', () => stop('SIGTERM'));
process.stdin.on('close', () => stop('SIGTERM'));
process.stdin.on('error', () => stop('SIGTERM'));
process.stdin.resume();
child.on('error', (error) => { console.error(error.message); code = 127; killGroup('SIGTERM'); });
child.on('exit', (exitCode, signal) => {
  code = exitCode ?? 128 + (constants.signals[signal] ?? 0);
  killOthers();
  process.exit(code);
});
`;

export interface KeptChildOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the child's stdout and stderr go (default: this process's). */
  output?: 'inherit' | 'pipe';
  /** How long the child may take to stop before its group is killed (default 5 s). */
  graceMs?: number;
}

/**
 * Spawns `command args` (no shell) so that it can never outlive this process: it and anything
 * it starts share one process group that a small keeper tears down when asked or orphaned.
 */
export function spawnKept(
  command: string,
  args: string[],
  options: KeptChildOptions = {},
): ChildProcess {
  const { cwd, env, output = 'inherit', graceMs = 5_000 } = options;
  return spawn(process.execPath, ['-e', KEEPER, '--', String(graceMs), command, ...args], {
    cwd,
    env,
    detached: true,
    stdio: ['pipe', output, output],
  });
}

/** True once the kept child (its keeper) has exited. */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Asks a kept child to stop with `signal` and resolves when its keeper has exited; kills the
 * group outright if that takes longer than `timeoutMs`.
 */
export async function stopKept(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  timeoutMs = 10_000,
): Promise<void> {
  const { pid } = child;
  if (hasExited(child) || pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, timeoutMs);
  await exited;
  clearTimeout(timer);
}
