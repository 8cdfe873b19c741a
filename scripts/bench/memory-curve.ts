import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startConnectorStandIn } from '../../tests/support/connector-standin';
import { teamsUser } from '../../tests/support/teams-activities';
import { startServiceProcess } from '../../tests/ops/service-process';
import { DEMO_EVENT_FILE, registerOne } from '../../tests/ops/burst';
import { parseMetrics, valueOf } from '../../tests/ops/prometheus-text';

/** The service's memory after so many registrations, in MB. */
export interface MemoryPoint {
  registrations: number;
  rss: number;
  heapUsed: number;
  external: number;
}

const TOKEN = 'memory-curve-reader';

/**
 * Registers `count` people (four at a time) with the real service process on a fresh PGlite
 * folder and reads its memory from /metrics after every `step`: the curve of issue 25.
 */
export async function memoryCurve(count: number, step: number): Promise<MemoryPoint[]> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'memory-'));
  const connector = await startConnectorStandIn();
  const service = await startServiceProcess({
    DATA_DIR: dataDir,
    DEMO_EVENT_FILE,
    LOG_LEVEL: 'info',
    METRICS_TOKEN: TOKEN,
  });
  const curve: MemoryPoint[] = [];
  try {
    let next = 0;
    for (let done = 0; done < count; done += step) {
      const lane = async () => {
        while (next < Math.min(count, done + step)) {
          const user = teamsUser(`Memory ${next++}`);
          await registerOne(service.baseUrl, connector.serviceUrl, user);
        }
      };
      await Promise.all([lane(), lane(), lane(), lane()]);
      curve.push({
        registrations: Math.min(count, done + step),
        ...(await readMemory(service.baseUrl)),
      });
    }
  } finally {
    service.child.kill('SIGTERM');
    await service.exited;
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return curve;
}

async function readMemory(baseUrl: string) {
  const response = await fetch(`${baseUrl}/metrics`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  const samples = parseMetrics(await response.text());
  const mb = (name: string) => Math.round(valueOf(samples, name) / 1048576);
  return {
    rss: mb('process_resident_memory_bytes'),
    heapUsed: mb('nodejs_heap_size_used_bytes'),
    external: mb('nodejs_external_memory_bytes'),
  };
}

/**
 * Whether resident memory levels off: over the last third of the curve it grows less than
 * three quarters of what it grew over the first third, or less than 32 MB (GC noise). A
 * leak grows about as much in each third and fails; no absolute size or timing is judged.
 */
export function levelsOff(curve: readonly MemoryPoint[]): boolean {
  const third = Math.max(1, Math.floor(curve.length / 3));
  const rss = curve.map((p) => p.rss);
  const first = (rss[third] ?? 0) - (rss[0] ?? 0);
  const last = (rss[rss.length - 1] ?? 0) - (rss[rss.length - 1 - third] ?? 0);
  return last < Math.max(0.75 * first, 32);
}

export function curveText(curve: readonly MemoryPoint[]): string {
  return curve
    .map(
      (p) =>
        `${p.registrations}: rss ${p.rss} MB, JS heap ${p.heapUsed} MB, external ${p.external} MB`,
    )
    .join('\n');
}
