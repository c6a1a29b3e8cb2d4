// The load generator's engine: "N GenerateDataKey per second for T seconds", on real timers (the app's
// engine runs on the system clock, so its token buckets refill in real time), optionally through a
// data-key cache. Every call is a real request; a throttled one is the engine's ThrottlingException.
//
// Message k is due at k/N seconds and is counted in second ⌊k/N⌋, so each second of the chart holds
// exactly N messages and the bars compare like with like even when a timer fires late.

import { DataKeyCache, type CacheLimits, type DataKey } from './data-key-cache';

export interface LoadPlan {
  perSecond: number;
  seconds: number;
  /** Null: every message makes its own GenerateDataKey call. */
  cache: CacheLimits | null;
}

export type GenerateOutcome = { ok: true; key: DataKey } | { ok: false; name: string; message: string };

/** What happened to the messages due in one second. */
export interface LoadSecond {
  /** GenerateDataKey calls KMS answered. */
  accepted: number;
  /** Calls refused with ThrottlingException. */
  throttled: number;
  /** Calls that failed any other way (a Region down, say). */
  failed: number;
  /** Messages that reused a cached data key and made no call. */
  cached: number;
}

export interface LoadProgress {
  seconds: readonly LoadSecond[];
  sent: number;
  total: number;
  running: boolean;
  /** The first failure that was not throttling, in AWS's words, so the view can say why. */
  otherFailure: string | null;
}

export interface LoadTimers {
  now: () => number;
  every: (ms: number, run: () => void) => () => void;
}

const realTimers: LoadTimers = {
  now: () => performance.now(),
  every: (ms, run) => {
    const handle = setInterval(run, ms);
    return () => clearInterval(handle);
  },
};

/** How often the scheduler looks for due messages: fine enough for 1,000/s without a timer each. */
const TICK_MS = 20;

export const LOAD_LIMITS = { maxPerSecond: 1000, maxSeconds: 60 } as const;

export interface LoadRun {
  progress(): LoadProgress;
  stop(): void;
  /** Settles when every sent message has its answer. */
  done: Promise<LoadProgress>;
}

class CallFailed extends Error {}

export function startLoad(plan: LoadPlan, generate: () => Promise<GenerateOutcome>, timers: LoadTimers = realTimers): LoadRun {
  const { perSecond, seconds } = plan;
  if (!(perSecond >= 1 && perSecond <= LOAD_LIMITS.maxPerSecond) || !(seconds >= 1 && seconds <= LOAD_LIMITS.maxSeconds)) {
    throw new RangeError(`The load is 1–${LOAD_LIMITS.maxPerSecond} requests per second for 1–${LOAD_LIMITS.maxSeconds} seconds.`);
  }
  const total = Math.round(perSecond * seconds);
  const buckets: LoadSecond[] = Array.from({ length: seconds }, () => ({ accepted: 0, throttled: 0, failed: 0, cached: 0 }));
  const cache = plan.cache ? new DataKeyCache(plan.cache, () => timers.now()) : null;
  const inFlight = new Set<Promise<void>>();
  const started = timers.now();
  let sent = 0;
  let running = true;
  let otherFailure: string | null = null;

  // Counts one real call in the second of the message that made it.
  async function call(bucket: LoadSecond): Promise<DataKey> {
    const outcome = await generate();
    if (outcome.ok) {
      bucket.accepted++;
      return outcome.key;
    }
    if (outcome.name === 'ThrottlingException') bucket.throttled++;
    else {
      bucket.failed++;
      otherFailure ??= `${outcome.name}: ${outcome.message}`;
    }
    throw new CallFailed(outcome.name);
  }

  async function message(index: number): Promise<void> {
    const bucket = buckets[Math.min(seconds - 1, Math.floor(index / perSecond))]!;
    try {
      if (cache) {
        if ((await cache.get(() => call(bucket))).cached) bucket.cached++;
      } else {
        // No cache: the application uses the data key for this one message, then wipes it.
        (await call(bucket)).plaintext.fill(0);
      }
    } catch (error) {
      if (!(error instanceof CallFailed)) throw error;
    }
  }

  let resolveDone!: (progress: LoadProgress) => void;
  const done = new Promise<LoadProgress>((resolve) => (resolveDone = resolve));
  const progress = (): LoadProgress => ({ seconds: buckets.map((b) => ({ ...b })), sent, total, running, otherFailure });

  function finish(): void {
    if (!running) return;
    running = false;
    cancel();
    void Promise.all(inFlight).then(() => {
      cache?.clear();
      resolveDone(progress());
    });
  }

  function tick(): void {
    const due = Math.min(total, Math.floor(((timers.now() - started) * perSecond) / 1000) + 1);
    while (running && sent < due) {
      const pending = message(sent++);
      inFlight.add(pending);
      void pending.finally(() => inFlight.delete(pending));
    }
    if (sent >= total) finish();
  }

  const cancel = timers.every(TICK_MS, tick);
  tick();
  return { progress, stop: finish, done };
}
