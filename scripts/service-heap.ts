/**
 * The service's JavaScript heap limit, given to node wherever the service is started: `npm
 * start` (scripts/start-local.ts), the tests' and benchmarks' service processes, and App Service
 * (infra/main.bicep's `startupCommand`, which repeats it). Without a limit V8 sizes the heap
 * from the machine's memory and lets garbage pile up before collecting: the 60-second soak on
 * PGlite peaked at 524 MB resident with 267 MB of heap "used", while what stays alive after a
 * collection is under 100 MB (bench:memory's lows over 10,000 registrations). At 256 MB the same
 * soak peaks at 368 MB with the same throughput (decision 041).
 */
export const SERVICE_HEAP_MB = 256;

/** NODE_OPTIONS for the service process: the heap limit, after whatever the caller had. */
export function serviceNodeOptions(inherited: string | undefined): string {
  return [inherited, `--max-old-space-size=${SERVICE_HEAP_MB}`].filter(Boolean).join(' ');
}
