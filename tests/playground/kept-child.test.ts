import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hasExited, spawnKept, stopKept } from '../../scripts/lib/kept-child';

/** Prints its pid and its own child's pid, then idles; says goodbye on SIGTERM. */
const PARENT = `
const { spawn } = require('node:child_process');
const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
process.on('SIGTERM', () => { console.log('bye'); process.exit(0); });
console.log(process.pid + ' ' + grandchild.pid);
setInterval(() => {}, 1000);
`;
const STUBBORN = `process.on('SIGTERM', () => {}); console.log(process.pid); setInterval(() => {}, 1000);`;

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.split('\n')[0] ?? '');
    });
  });
}

/** A pid is gone when it no longer exists or is a zombie nobody has reaped yet. */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return hasExited(child)
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('spawnKept', () => {
  const started: ChildProcess[] = [];
  const keep = (args: string[], graceMs?: number) => {
    const child = spawnKept(process.execPath, args, {
      output: 'pipe',
      ...(graceMs ? { graceMs } : {}),
    });
    started.push(child);
    return child;
  };
  afterEach(() => Promise.all(started.splice(0).map((child) => stopKept(child, 'SIGKILL'))));

  it('when stopped, then the child gets the signal, exits its own way, and its children die', async () => {
    const child = keep(['-e', PARENT]);
    const [pid, grandchild] = (await firstLine(child)).split(' ').map(Number);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await stopKept(child);
    expect(child.exitCode).toBe(0);
    expect(output).toContain('bye');
    await until(() => gone(pid ?? 0) && gone(grandchild ?? 0));
  });

  it('when its owner goes away, then the whole group is terminated', async () => {
    const child = keep(['-e', PARENT]);
    const [pid, grandchild] = (await firstLine(child)).split(' ').map(Number);
    child.stdin?.destroy(); // what the keeper sees when this process dies, even by SIGKILL
    await exited(child);
    await until(() => gone(pid ?? 0) && gone(grandchild ?? 0));
  });

  it('when the child ignores SIGTERM, then the group is killed after the grace period', async () => {
    const child = keep(['-e', STUBBORN], 300);
    const pid = Number(await firstLine(child));
    await stopKept(child);
    expect(child.signalCode).toBe('SIGKILL');
    await until(() => gone(pid));
  });

  it('when the child exits on its own, then the keeper exits with its code', async () => {
    const child = keep(['-e', 'process.exit(7)']);
    await exited(child);
    expect(child.exitCode).toBe(7);
  });
});
