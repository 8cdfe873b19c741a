import { startServiceProcess, type ServiceProcess } from '../../tests/ops/service-process';

/** A service process that ended without the soak ending it, and the error it died of. */
export interface Crash {
  code: number | NodeJS.Signals;
  error: string;
}

/**
 * The service as the soak runs it: killed on purpose (the soak's fault), and restarted, as App
 * Service restarts it, when it ends on its own. Those ends are crashes the soak must report:
 * before this, a service that died at a database restart left the rest of the run quietly
 * talking to nobody, and its figures read as an empty outbox.
 */
export class SoakService {
  /** The one running now; undefined while it restarts. */
  current: ServiceProcess | undefined;
  /** Every process started, for their logs. */
  readonly all: ServiceProcess[] = [];
  readonly crashes: Crash[] = [];
  private readonly ended = new Set<ServiceProcess>();
  private restarting: Promise<unknown> = Promise.resolve();

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<ServiceProcess> {
    const service = await startServiceProcess(this.env);
    this.all.push(service);
    this.current = service;
    void service.exited.then((code) => this.exited(service, code));
    return service;
  }

  /** SIGKILL, the soak's fault, then a new process. */
  async kill(): Promise<void> {
    await this.restarting;
    const old = this.current;
    this.current = undefined;
    if (old) {
      this.ended.add(old);
      old.child.kill('SIGKILL');
      await old.exited;
    }
    await this.start();
  }

  /** SIGTERM at the end of the run. */
  async stop(): Promise<void> {
    await this.restarting;
    const last = this.current;
    this.current = undefined;
    if (!last) return;
    this.ended.add(last);
    last.child.kill('SIGTERM');
    await last.exited;
  }

  private exited(service: ServiceProcess, code: number | NodeJS.Signals): void {
    if (this.ended.has(service)) return;
    this.crashes.push({ code, error: crashLine(service.stderr()) });
    if (this.current !== service) return;
    this.current = undefined;
    this.restarting = this.start().catch((error: unknown) => {
      this.crashes.push({ code: -1, error: `restart failed: ${String(error)}` });
    });
  }
}

/** The line of a crash's stderr that names the error (node prints it after the source line). */
export function crashLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim());
  return lines.find((l) => /^[a-z]*error\b/i.test(l)) ?? lines.filter(Boolean).at(-1) ?? '';
}
