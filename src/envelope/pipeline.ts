// The in-flight window shared by encrypt and decrypt (ENV-17). WebCrypto has no streaming AES-GCM,
// so throughput comes from keeping several one-shot frame operations in flight, while memory stays
// bounded because frame i + concurrency is not started until frame i has been consumed.

import { throwIfAborted } from './errors';

export interface OrderedWork<T> {
  count: number;
  /** Frames started but not yet consumed; at most this many reads are outstanding at once. */
  concurrency: number;
  signal?: AbortSignal | undefined;
  /** Reads and transforms frame `index`. Called in index order. */
  start(index: number): Promise<T>;
  /** Consumes frame `index`'s result, strictly in order. Returning true stops early. */
  finish(index: number, value: T): boolean | void;
}

/**
 * Runs `start` for 0…count−1 with at most `concurrency` started and not yet finished, and `finish`
 * in order. The first failure in index order wins, whatever order the work settles in. When it
 * returns or throws, nothing it started is still running, so no buffer outlives the call.
 */
export async function runInOrder<T>(work: OrderedWork<T>): Promise<void> {
  const inFlight: Promise<T>[] = [];
  let next = 0;
  let done = 0;
  try {
    while (done < work.count) {
      // ENV-16: cancellation is checked between frames: before each one starts and each one is used.
      throwIfAborted(work.signal);
      while (next < work.count && next - done < work.concurrency) {
        throwIfAborted(work.signal);
        const pending = work.start(next++);
        // Failures are observed in order below; this only keeps a later frame's failure from being
        // reported as unhandled while an earlier frame is still being awaited.
        pending.catch(() => undefined);
        inFlight.push(pending);
      }
      const value = await inFlight.shift()!;
      const stop = work.finish(done++, value);
      if (stop === true) break;
    }
  } finally {
    await Promise.allSettled(inFlight);
  }
}
