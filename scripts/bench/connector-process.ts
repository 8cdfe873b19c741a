import { fork } from 'node:child_process';
import { startConnectorStandIn } from '../../tests/support/connector-standin';

/**
 * The Teams connector stand-in of bench:register in a process of its own. Opening the form
 * asks Teams for the person's profile (the prefill); with the stand-in in the load
 * generator's process, that answer waited behind 200 simulated users' timers and sockets, and
 * the open latency measured the load generator, not the service (p50 85 ms against 4 ms on
 * the baseline, which asks Teams nothing).
 */
export async function startConnectorProcess(): Promise<{ serviceUrl: string; close(): void }> {
  const child = fork('scripts/bench/connector-process.ts', ['serve'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const serviceUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { serviceUrl: string }).serviceUrl));
    child.once('exit', (code) => reject(new Error(`connector stand-in exited with ${code}`)));
  });
  return { serviceUrl, close: () => child.kill() };
}

async function serve(): Promise<void> {
  const connector = await startConnectorStandIn();
  connector.memberFallback = (id) => ({
    id,
    name: 'Bench Person',
    email: `${id.slice(3, 11)}@example.org`,
  });
  process.send!({ serviceUrl: connector.serviceUrl });
}

if (process.argv[2] === 'serve') {
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
