import type { Clock } from './ports';

/**
 * What a clock needs to survive a reload (stored with the engine's state, exported with it):
 * the simulated time when it was saved and, for a clock that follows the wall clock, how far ahead
 * of the wall clock it ran (simulated − wall, in ms).
 */
export interface ClockState {
  now: number;
  offsetMs?: number;
}

/**
 * A clock the engine can save and restore (SPEC CLOCK-1 … CLOCK-3). `resume` (re-opening storage)
 * never moves time backwards; `replace` (import, reset) sets it to the state given.
 */
export interface RestorableClock extends Clock {
  advance(ms: number): number;
  saveState(): ClockState;
  restoreState(state: ClockState, mode: 'resume' | 'replace'): void;
  /** Where a reset starts time again; without it, at the time the engine was opened. */
  freshState?(): ClockState;
}

export function isRestorableClock(clock: Clock): clock is RestorableClock {
  const candidate = clock as Partial<RestorableClock>;
  return typeof candidate.advance === 'function' && typeof candidate.saveState === 'function' && typeof candidate.restoreState === 'function';
}

const checkAdvance = (ms: number) => {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward by a finite number of milliseconds.');
};

const checkState = (state: ClockState) => {
  if (!Number.isFinite(state.now) || (state.offsetMs !== undefined && !Number.isFinite(state.offsetMs))) {
    throw new RangeError('A clock state needs a finite time in epoch milliseconds.');
  }
};

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
export class ManualClock implements RestorableClock {
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

  saveState(): ClockState {
    return { now: this.#now };
  }

  restoreState(state: ClockState, mode: 'resume' | 'replace'): void {
    checkState(state);
    this.#now = mode === 'replace' ? state.now : Math.max(this.#now, state.now);
  }
}

/**
 * The browser's simulated time: the wall clock plus an offset the learner adds to by advancing. It
 * ticks like a real clock between advances, and never reads a time earlier than one it already gave
 * (a wall clock set back does not move KMS time backwards).
 */
export class SimulationClock implements RestorableClock {
  #offset = 0;
  #highest = Number.NEGATIVE_INFINITY;
  readonly #listeners = new Set<() => void>();
  readonly #wall: () => number;

  /** `wall` is the real time source (Date.now by default); tests pass their own. */
  constructor(wall: () => number = () => Date.now()) {
    this.#wall = wall;
  }

  now(): number {
    this.#highest = Math.max(this.#highest, this.#wall() + this.#offset);
    return this.#highest;
  }

  /** How far ahead of the wall clock simulated time runs, in ms. */
  get offsetMs(): number {
    return this.#offset;
  }

  advance(ms: number): number {
    checkAdvance(ms);
    const from = this.now();
    this.#offset += ms;
    this.#highest = from + ms;
    for (const listener of this.#listeners) listener();
    return this.now();
  }

  onAdvance(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A reset starts again from the wall clock. */
  freshState(): ClockState {
    return { now: this.#wall(), offsetMs: 0 };
  }

  saveState(): ClockState {
    const now = this.now();
    return { now, offsetMs: now - this.#wall() };
  }

  restoreState(state: ClockState, mode: 'resume' | 'replace'): void {
    checkState(state);
    // Keep the saved offset, but never resume behind the saved time (the wall clock may have gone back).
    const offset = Math.max(state.offsetMs ?? Number.NEGATIVE_INFINITY, state.now - this.#wall());
    if (mode === 'replace') {
      this.#offset = offset;
      this.#highest = state.now;
    } else {
      this.#offset = Math.max(this.#offset, offset);
      this.#highest = Math.max(this.#highest, state.now);
    }
  }
}
