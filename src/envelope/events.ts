// What the envelope layer tells a flow canvas or a progress bar. Like the engine's events, these carry
// sizes and names, never the bytes of a plaintext data key or of the data: the one buffer they hand
// out is the data key buffer *after* it was wiped, so a view can prove the wipe on the real bytes.

import type { EncryptionContext } from './format';

export type EnvelopeMode = 'encrypt' | 'decrypt';

interface EventBase {
  mode: EnvelopeMode;
  /** Milliseconds since the call started, on the caller's clock. */
  elapsedMs: number;
}

export type EnvelopeEvent = EventBase &
  (
    | {
        /** GenerateDataKey returned: one KMS call for the whole file. */
        type: 'data-key-generated';
        keyArn: string;
        plaintextKeyBytes: number;
        encryptedKeyBytes: number;
        encryptionContext: EncryptionContext;
      }
    | {
        /** Decrypt returned the plaintext data key: one KMS call for the whole package. */
        type: 'data-key-decrypted';
        keyArn: string;
        plaintextKeyBytes: number;
        encryptedKeyBytes: number;
        encryptionContext: EncryptionContext;
      }
    | {
        /**
         * The plaintext data key buffer was overwritten right after it was imported as a
         * non-extractable CryptoKey. `buffer` is that very buffer (now zeros); `allZero` is the check.
         */
        type: 'data-key-wiped';
        bytes: number;
        allZero: boolean;
        buffer: Uint8Array;
      }
    | { type: 'header-written'; headerBytes: number; frameSize: number; frameCount: number }
    | { type: 'header-verified'; headerBytes: number; frameSize: number; frameCount: number }
    | {
        /** Summarised: at most about 100 per call, however many frames there are. */
        type: 'frames-sealed' | 'frames-opened';
        framesDone: number;
        frameCount: number;
        bytesDone: number;
        bytesTotal: number;
      }
    | { type: 'package-written'; packageBytes: number; plaintextBytes: number; frameCount: number }
    | { type: 'package-opened'; packageBytes: number; plaintextBytes: number; frameCount: number }
    | { type: 'failed'; code: string; message: string; frameIndex?: number }
    | { type: 'cancelled' }
  );

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type EnvelopeEventInput = DistributiveOmit<EnvelopeEvent, 'mode' | 'elapsedMs'>;

export interface EnvelopeProgress {
  /** Input bytes processed: plaintext for encrypt, package bytes for decrypt. */
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
}

/** How many progress reports a run makes at most (plus the final one). */
export const PROGRESS_STEPS = 100;

export interface ReporterOptions {
  mode: EnvelopeMode;
  now: () => number;
  onEvent?: ((event: EnvelopeEvent) => void) | undefined;
  onProgress?: ((progress: EnvelopeProgress) => void) | undefined;
}

/** Emits events and throttled progress; a listener that throws never breaks the run it watches. */
export class Reporter {
  readonly #started: number;
  #nextReport = 0;
  #step = 1;

  constructor(private readonly options: ReporterOptions) {
    this.#started = options.now();
  }

  elapsed(): number {
    return this.options.now() - this.#started;
  }

  emit(event: EnvelopeEventInput): void {
    const listener = this.options.onEvent;
    if (!listener) return;
    try {
      listener({ ...event, mode: this.options.mode, elapsedMs: this.elapsed() });
    } catch {
      /* observers' failures are theirs */
    }
  }

  /** Sets the total; reports then fire at every 1 % crossed, and once at the end. */
  begin(bytesTotal: number): void {
    this.#step = Math.max(1, Math.ceil(bytesTotal / PROGRESS_STEPS));
    this.#nextReport = this.#step;
  }

  progress(framesDone: number, frameCount: number, bytesDone: number, bytesTotal: number): void {
    const last = framesDone === frameCount;
    if (!last && bytesDone < this.#nextReport) return;
    this.#nextReport = (Math.floor(bytesDone / this.#step) + 1) * this.#step;
    const elapsedMs = this.elapsed();
    this.emit({ type: this.options.mode === 'encrypt' ? 'frames-sealed' : 'frames-opened', framesDone, frameCount, bytesDone, bytesTotal });
    try {
      this.options.onProgress?.({ bytesDone, bytesTotal, elapsedMs });
    } catch {
      /* as above */
    }
  }
}
