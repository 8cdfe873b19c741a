import { fork, type ChildProcess } from 'node:child_process';
import { SERVICE_HEAP_MB } from '../service-heap';

/** The service under benchmark, running in its own process (scripts/bench/bench-server.ts). */
export interface BenchService {
  child: ChildProcess;
  /** Its /api/messages URL. */
  url: string;
  /** Its base URL, e.g. http://127.0.0.1:40123. */
  baseUrl: string;
  eventId: string;
  /** Every meeting it serves (BENCH_MEETINGS), the first being `eventId`. */
  eventIds: string[];
}

/**
 * Forks the service, as production runs it, so the load generator does not share its CPU.
 * `env` adds to this process's environment, e.g. BENCH_SERVICE=baseline.
 */
export function startService(env: Record<string, string> = {}): Promise<BenchService> {
  const child = fork('scripts/bench/bench-server.ts', {
    env: { ...process.env, ...env },
    execArgv: ['--expose-gc', `--max-old-space-size=${SERVICE_HEAP_MB}`, '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => {
      const { url, eventIds } = m as { url: string; eventIds: string[] };
      resolve({ child, url, eventId: eventIds[0]!, eventIds, baseUrl: new URL(url).origin });
    });
    child.once('exit', (code) => reject(new Error(`bench service exited with ${code}`)));
  });
}

/** Sends the service a request over IPC ('count', 'memory') and waits for its answer. */
export function ask<T>(child: ChildProcess, request: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(request);
  });
}
