/**
 * How long a chain of awaited work may keep the event loop from turning before it lets it.
 * PGlite runs each query synchronously on this thread and resolves it as a promise, so a chain
 * of awaited queries never reaches the event loop's I/O phase: in the soak, each "confirm all
 * pending" over a few thousand registrations held the loop for 1.2-1.5 s, in which no request,
 * event stream or connector answer was read (decision 041).
 */
const TURN_AFTER_MS = 10;

/** When the current uninterrupted run of work began; cleared as soon as the loop turns. */
let runStart: number | undefined;

/**
 * Called before each unit of synchronous work: returns at once, unless the work since the loop
 * last turned has gone on for TURN_AFTER_MS, in which case it waits one turn of the loop
 * (`setImmediate`, after pending I/O). One immediate per run marks the turn, so short runs,
 * the usual case, never wait.
 */
export async function letTheLoopTurn(): Promise<void> {
  const now = performance.now();
  if (runStart === undefined) {
    runStart = now;
    setImmediate(() => {
      runStart = undefined;
    });
    return;
  }
  if (now - runStart < TURN_AFTER_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
}
