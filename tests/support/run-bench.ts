import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Runs a benchmark script as `npm run bench:*` does (tsx, from the repository root) with the
 * tiny settings a test gives in `env`; resolves with what it printed, rejects if it failed.
 */
export function runBench(
  script: string,
  env: NodeJS.ProcessEnv,
  timeout: number,
): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env,
    timeout,
  });
}
