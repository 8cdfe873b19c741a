import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { serviceNodeOptions } from '../../scripts/service-heap';

const ROOT = path.resolve(__dirname, '..', '..');

/** The real service (`bot/main.ts`) running as a child process, as in production. */
export interface ServiceProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Resolves with the exit code (or the signal that ended it). */
  exited: Promise<number | NodeJS.Signals>;
  /** The JSON log lines it has written so far. */
  logs: Array<Record<string, unknown>>;
  /** What it has written to stderr so far (a crash's stack, node's own warnings). */
  stderr(): string;
}

/**
 * Starts `node --import tsx bot/main.ts` on a free port (PORT=0) with only `env` as its
 * configuration, and resolves once it logs that it is listening.
 */
export async function startServiceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: ROOT,
    // Only what it needs: no DATABASE_URL or credentials of the calling shell leak in.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      ...env,
      // As `npm start` and App Service run it (scripts/service-heap.ts).
      NODE_OPTIONS: serviceNodeOptions(env.NODE_OPTIONS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const logs: Array<Record<string, unknown>> = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const listening = new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = parseJson(line);
      if (!entry) return;
      logs.push(entry);
      if (entry.msg === 'service listening') resolve(Number(entry.port));
    });
    void exited.then((code) =>
      reject(new Error(`service exited (${code}) before listening\n${stderr}`)),
    );
  });
  const port = await listening;
  return { child, baseUrl: `http://127.0.0.1:${port}`, exited, logs, stderr: () => stderr };
}

function parseJson(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
