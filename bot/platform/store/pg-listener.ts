import { Client, type ClientConfig } from 'pg';

type OnPayload = (payload: string | undefined) => void;

/** Waits between reconnection attempts of the listening connection. */
const RETRY_MS = [250, 500, 1_000, 2_000, 5_000];

/**
 * LISTEN on PostgreSQL needs a connection of its own that stays open (a pooled one would be
 * handed to other queries). This keeps one for all channels, reconnects when it breaks, and
 * then tells every listener `undefined`: notices sent while it was away are lost for good.
 */
export class PgListener {
  private client: Client | undefined;
  private connecting: Promise<Client> | undefined;
  private readonly listeners = new Map<string, Set<OnPayload>>();
  private closed = false;
  private failures = 0;

  constructor(private readonly config: ClientConfig) {}

  async listen(channel: string, onPayload: OnPayload): Promise<() => Promise<void>> {
    const client = await this.connection();
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await client.query(`LISTEN ${quoteIdent(channel)}`);
    }
    set.add(onPayload);
    return async () => {
      set.delete(onPayload);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connection(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<Client> {
    const client = new Client(this.config);
    client.on('notification', (n) => {
      this.listeners.get(n.channel)?.forEach((listener) => listener(n.payload ?? ''));
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    for (const channel of this.listeners.keys())
      await client.query(`LISTEN ${quoteIdent(channel)}`);
    this.client = client;
    this.failures = 0;
    return client;
  }

  private lost(client: Client): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    while (!this.closed && !this.client) {
      const wait = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)]!;
      await new Promise((resolve) => setTimeout(resolve, wait).unref());
      try {
        await this.connection();
      } catch {
        this.failures += 1;
        continue;
      }
      for (const set of this.listeners.values()) set.forEach((listener) => listener(undefined));
    }
  }
}

/** Channel names are ours, but quote them as identifiers all the same. */
function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
