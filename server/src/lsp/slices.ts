/**
 * Time slices for long work on the event loop. The connection takes in one message per event-loop turn, so work that
 * runs longer than a slice must give the loop back, or a hover waits for all of it.
 *
 * 5 ms, because a keystroke followed by a hover waits for two slices of an analysis still running from the previous
 * keystroke: 5 ms slices halved the wait of such a hover, and a keystroke's p95, against 15 ms.
 */
const SLICE_MS = 5;

/** Counts time from its creation; `pause` yields to the event loop when the slice is over, and starts a new one. */
export class Slices {
  private end = performance.now() + SLICE_MS;

  /** Resolves at once (false) within the slice; otherwise after one event-loop turn (true). */
  async pause(): Promise<boolean> {
    if (performance.now() <= this.end) return false;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.end = performance.now() + SLICE_MS;
    return true;
  }
}
