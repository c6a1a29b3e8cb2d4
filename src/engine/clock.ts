import type { Clock } from './ports';

export class SystemClock implements Clock {
  now(): number {
    return Date.now();
  }
}

/**
 * Simulated time for tests, lessons and the console's "advance the clock" control. Advancing it
 * lets KMS run what fell due in between (deletions at the end of their window, automatic rotations),
 * each recorded at the moment it was due.
 */
export class ManualClock implements Clock {
  #now: number;
  readonly #listeners = new Set<() => void>();

  constructor(startMs: number = Date.UTC(2026, 0, 1)) {
    if (!Number.isFinite(startMs)) throw new RangeError('ManualClock needs a finite start time in epoch milliseconds.');
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('ManualClock only moves forward by a finite number of milliseconds.');
    this.#now += ms;
    for (const listener of this.#listeners) listener();
    return this.#now;
  }

  onAdvance(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
