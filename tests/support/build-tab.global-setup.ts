import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Jest global setup: builds tab/dist when it is missing or older than its sources, once before
 * any worker starts, so the browser tests and the static routes always serve the current tab.
 */
export default function buildTab(): void {
  const root = path.resolve(__dirname, '..', '..');
  const built = spawnSync(process.execPath, ['scripts/build-tab.mjs', '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('Could not build the tab (node scripts/build-tab.mjs).');
}
