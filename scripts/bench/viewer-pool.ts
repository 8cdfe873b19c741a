import { fork, type ChildProcess } from 'node:child_process';

/** One viewer to start: its stream's URL, its own person's token, the meeting it watches. */
export interface ViewerSpec {
  url: string;
  token: string;
  meeting: number;
}

/** What the viewers saw of the changes sent: deliveries, misses, latency from sending. */
export interface ViewerReport {
  delivered: number;
  missed: number;
  p50: number;
  p99: number;
  max: number;
  /** The viewers' own CPU since their streams opened (the load generator's share of the host). */
  viewerCpuMs: number;
  /** Characters the viewers read while the changes were sent: the frames' size on the wire. */
  received: number;
}

export type ViewerRequest =
  | { type: 'open'; specs: ViewerSpec[] }
  | { type: 'report'; sent: Array<[number, number, number]> }
  | { type: 'close' };

type ViewerMessage =
  | { type: 'opened'; ms: number }
  | { type: 'failed'; error: string }
  | { type: 'complete'; meeting: number; version: number }
  | { type: 'report'; report: ViewerReport };

/** The viewers' process (bench-viewers.ts), seen from the benchmark. */
export class ViewerPool {
  private readonly complete = new Set<string>();
  private readonly waiting = new Map<string, () => void>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: ViewerMessage) => {
      if (m.type !== 'complete') return;
      const key = `${m.meeting}:${m.version}`;
      this.complete.add(key);
      this.waiting.get(key)?.();
    });
  }

  static start(): ViewerPool {
    const child = fork('scripts/bench/bench-viewers.ts', {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new ViewerPool(child);
  }

  /** Opens every viewer's stream; resolves with the time it took, rejects if one is refused. */
  open(specs: ViewerSpec[]): Promise<number> {
    return new Promise((resolve, reject) => {
      const on = (m: ViewerMessage) => {
        if (m.type === 'opened') resolve(m.ms);
        else if (m.type === 'failed') reject(new Error(m.error));
        else return;
        this.child.off('message', on);
      };
      this.child.on('message', on);
      this.child.send({ type: 'open', specs } satisfies ViewerRequest);
    });
  }

  /** Resolves once every viewer of `meeting` has `version`, or after `timeoutMs` (a miss). */
  allHave(meeting: number, version: number, timeoutMs: number): Promise<void> {
    const key = `${meeting}:${version}`;
    if (this.complete.has(key)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(key);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiting.set(key, done);
    });
  }

  /** Latencies from each sent change ([meeting, version, sentAt epoch ms]) to each viewer. */
  report(sent: Array<[number, number, number]>): Promise<ViewerReport> {
    return new Promise((resolve) => {
      const on = (m: ViewerMessage) => {
        if (m.type !== 'report') return;
        this.child.off('message', on);
        resolve(m.report);
      };
      this.child.on('message', on);
      this.child.send({ type: 'report', sent } satisfies ViewerRequest);
    });
  }

  close(): void {
    if (this.child.connected) this.child.send({ type: 'close' } satisfies ViewerRequest);
    setTimeout(() => this.child.kill(), 2000).unref();
  }
}
