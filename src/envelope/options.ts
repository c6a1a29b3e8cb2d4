// Options shared by encryptFile and decryptFile, and the checks every call makes on them.

import type { SendContext } from '../engine/index';
import type { EnvelopeKmsClient } from './data-key';
import { EnvelopeError, isAbortError, needs } from './errors';
import { Reporter, type EnvelopeEvent, type EnvelopeMode, type EnvelopeProgress } from './events';

export const DEFAULT_CONCURRENCY = 4;
export const MAX_CONCURRENCY = 64;

export interface EnvelopeCallOptions {
  /** The KMS to call: the engine's `kms`, or any client with the same `send`. */
  kms: EnvelopeKmsClient;
  /** Passed to `kms.send` (Region, principal). */
  sendContext?: SendContext;
  /** Frames read and in the cipher at once (1–64, default 4). */
  concurrency?: number;
  /** Cancels between frames; the call then rejects with an Error named AbortError. */
  signal?: AbortSignal;
  /** Throttled to about 100 calls per run, plus one at the end. */
  onProgress?: (progress: EnvelopeProgress) => void;
  onEvent?: (event: EnvelopeEvent) => void;
  /** The clock for `elapsedMs` (default performance.now). */
  now?: () => number;
}

export function checkConcurrency(concurrency: number | undefined): number {
  const value = concurrency ?? DEFAULT_CONCURRENCY;
  /* Precondition: concurrency is a whole number from 1 to 64. */
  needs(
    Number.isInteger(value) && value >= 1 && value <= MAX_CONCURRENCY,
    'INVALID_ARGUMENT',
    `Concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}; got ${String(concurrency)}.`,
  );
  return value;
}

export function checkKms(kms: unknown): EnvelopeKmsClient {
  /* Precondition: a KMS client with send() is given. */
  needs(
    typeof kms === 'object' && kms !== null && typeof (kms as { send?: unknown }).send === 'function',
    'INVALID_ARGUMENT',
    'A KMS client with a send(operation, input) method is required.',
  );
  return kms as EnvelopeKmsClient;
}

export function reporterFor(mode: EnvelopeMode, options: EnvelopeCallOptions): Reporter {
  return new Reporter({
    mode,
    now: options.now ?? (() => globalThis.performance.now()),
    onEvent: options.onEvent,
    onProgress: options.onProgress,
  });
}

/** Runs a call and tells the event stream how it ended when it fails. */
export async function reportingFailure<T>(reporter: Reporter, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (isAbortError(error)) reporter.emit({ type: 'cancelled' });
    else if (error instanceof EnvelopeError) {
      reporter.emit({ type: 'failed', code: error.code, message: error.message, ...(error.frameIndex !== undefined && { frameIndex: error.frameIndex }) });
    } else {
      reporter.emit({ type: 'failed', code: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });
    }
    throw error;
  }
}
