/**
 * The long-lived responses (event streams) this instance holds open, so a graceful shutdown
 * can end them instead of waiting for clients that never hang up.
 */
export class OpenStreams {
  private readonly closers = new Set<() => void>();

  /** Registers how to end one stream; returns the function that forgets it. */
  track(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  get size(): number {
    return this.closers.size;
  }

  closeAll(): void {
    for (const close of [...this.closers]) close();
    this.closers.clear();
  }
}
