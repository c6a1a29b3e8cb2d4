// What can go wrong with a package, by name. Every failure of encryptFile/decryptFile (other than a
// cancel) is an EnvelopeError whose `code` a UI can switch on and whose message says, in a sentence,
// what failed and where (FORMAT.md, "Errors").

export type EnvelopeErrorCode =
  /** The input does not start with the KMS Lab magic bytes. */
  | 'NOT_A_PACKAGE'
  /** A KMS Lab package of a format version this code does not read. */
  | 'UNSUPPORTED_VERSION'
  /** The header has a field out of range (oversized length, frame size outside 4 KiB–4 MiB) or is not canonical. */
  | 'MALFORMED_HEADER'
  /** The package ends early: inside the header, inside a frame, or without a final frame. */
  | 'TRUNCATED'
  /** The header tag did not verify under the data key: a header field was changed. */
  | 'HEADER_TAMPERED'
  /** The caller's expected encryption context is not the header's (checked before calling KMS). */
  | 'ENCRYPTION_CONTEXT_MISMATCH'
  /** KMS refused GenerateDataKey; `kmsErrorName` holds the AWS exception name. */
  | 'KMS_GENERATE_DATA_KEY_FAILED'
  /** KMS refused Decrypt of the encrypted data key; `kmsErrorName` holds the AWS exception name. */
  | 'KMS_DECRYPT_FAILED'
  /** The KMS client answered without the members a data key needs. */
  | 'KMS_RESPONSE_INVALID'
  /** A frame's sequence number is not its position: a frame is missing, duplicated or moved. */
  | 'FRAME_OUT_OF_ORDER'
  /** A frame's fixed fields are impossible (unknown kind, wrong length for its kind). */
  | 'FRAME_MALFORMED'
  /** A frame's AES-GCM tag did not verify: its IV, ciphertext or tag changed, or it came from elsewhere. */
  | 'FRAME_AUTHENTICATION_FAILED'
  /** Bytes follow the final frame. */
  | 'TRAILING_DATA'
  /** The input could not be read, or returned fewer bytes than asked for. */
  | 'READ_FAILED'
  /** The input is too large for one package (more than 2^32 − 1 frames). */
  | 'TOO_LARGE'
  /** A bad argument: frame size, concurrency, key ID, encryption context or input type. */
  | 'INVALID_ARGUMENT';

export interface EnvelopeErrorDetails {
  /** 0-based index of the frame that failed (its sequence number in the format). */
  frameIndex?: number;
  /** How many frames the package holds (for decrypt: as implied by its size). */
  frameCount?: number;
  /** The AWS exception name, for KMS_* codes. */
  kmsErrorName?: string;
  cause?: unknown;
}

export class EnvelopeError extends Error {
  override readonly name = 'EnvelopeError';
  readonly code: EnvelopeErrorCode;
  readonly frameIndex: number | undefined;
  readonly frameCount: number | undefined;
  readonly kmsErrorName: string | undefined;

  constructor(code: EnvelopeErrorCode, message: string, details: EnvelopeErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.frameIndex = details.frameIndex;
    this.frameCount = details.frameCount;
    this.kmsErrorName = details.kmsErrorName;
  }
}

export const isEnvelopeError = (error: unknown): error is EnvelopeError => error instanceof EnvelopeError;

/** A guard that reads as a sentence: `needs(frameSize >= MIN, 'INVALID_ARGUMENT', '…')`. */
export function needs(condition: unknown, code: EnvelopeErrorCode, message: string, details?: EnvelopeErrorDetails): asserts condition {
  if (!condition) throw new EnvelopeError(code, message, details);
}

/** What a cancelled encrypt or decrypt rejects with: an Error named AbortError, like fetch's. */
export function abortError(reason: unknown): Error {
  const error = new Error('The envelope operation was cancelled.', { cause: reason });
  error.name = 'AbortError';
  return error;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal.reason);
}

export const isAbortError = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';
