/**
 * Calls made while the event loop is busy with one round of I/O, run together: every `add` of
 * the same turn of the loop joins one batch, and `run` gets the batch once the loop is about
 * to wait again (setImmediate), so a lone call waits for nothing but the current callbacks.
 * `run` answers each item in order. If it fails for a batch of several, each item is run again
 * alone, so one item the other side refuses fails only its own caller.
 * Why: in a rush, many requests arrive in the same round of I/O and each wrote one row, each
 * write a statement (and on the embedded database a commit) of its own.
 */
export class Batched<Item, Answer> {
  private waiting: { item: Item; settle: (answer: Promise<Answer>) => void }[] = [];

  constructor(private readonly run: (items: Item[]) => Promise<Answer[]>) {}

  add(item: Item): Promise<Answer> {
    if (this.waiting.length === 0) setImmediate(() => this.flush());
    return new Promise<Answer>((resolve) => this.waiting.push({ item, settle: resolve }));
  }

  private flush(): void {
    const batch = this.waiting;
    this.waiting = [];
    const answers = this.attempt(batch.map((w) => w.item));
    batch.forEach((w, i) =>
      w.settle(
        answers.then(
          (all) => all[i] as Answer,
          (error: unknown) =>
            batch.length > 1
              ? this.attempt([w.item]).then(([one]) => one as Answer)
              : Promise.reject(error),
        ),
      ),
    );
  }

  /** Async, so a `run` that throws at once fails its callers as one that rejects later does. */
  private async attempt(items: Item[]): Promise<Answer[]> {
    return this.run(items);
  }
}
